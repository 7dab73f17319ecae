App({
  onLaunch: function () {
    // The privacy guide is shown by our own popup before any privacy API resolves.
    wx.onNeedPrivacyAuthorization(function (resolve, eventInfo) {
      getApp().globalData.privacyResolve = resolve;
    });
  },
  globalData: { privacyResolve: null }
});
