App({
  onLaunch: function () {
    this.globalData.startedAt = Date.now();
  },
  globalData: { startedAt: 0 }
});
