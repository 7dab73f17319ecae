Page({
  data: {},
  handleDisagree: function () { wx.exitMiniProgram(); },
  handleAgree: function () {}
});
