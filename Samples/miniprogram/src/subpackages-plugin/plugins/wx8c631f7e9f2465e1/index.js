module.exports = { ask: function () { wx.getLocation({ success: function () {} }); } };
