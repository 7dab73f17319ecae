Page({
  data: {},
  onShow: function () {
    wx.authorize({ scope: 'scope.record', fail: function () { wx.showToast({ title: '请授权录音' }); } });
  }
});
