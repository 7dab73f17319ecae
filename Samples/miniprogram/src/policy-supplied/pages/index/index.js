Page({
  data: { agreed: false, stores: [] },
  toggle: function () { this.setData({ agreed: !this.data.agreed }); },
  onAgree: function () { var r = getApp().globalData.privacyResolve; if (r) r({ event: 'agree', buttonId: 'agree-btn' }); },
  findStores: function () {
    var that = this;
    wx.getLocation({ type: 'gcj02', success: function (res) { that.setData({ lat: res.latitude, lng: res.longitude }); } });
  }
});
