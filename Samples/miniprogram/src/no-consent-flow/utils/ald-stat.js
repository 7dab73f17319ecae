// Stand-in for a bundled analytics SDK file (named like Aldstat's mini-program SDK); the
// scanner recognises bundled SDKs by file path through the knowledge base.
module.exports = { track: function (name) { return name; } };
