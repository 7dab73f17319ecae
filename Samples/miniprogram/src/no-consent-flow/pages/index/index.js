Page({
  data: {},
  pickPhoto: function () { wx.chooseImage({ count: 1, success: function (r) { console.log(r.tempFilePaths); } }); },
  pasteCode: function () { wx.getClipboardData({ success: function (r) { console.log(r.data); } }); }
});
