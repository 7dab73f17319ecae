Page({
  data: { track: [] },
  startRun: function () {
    var that = this;
    wx.startLocationUpdateBackground({ success: function () {
      wx.onLocationChange(function (p) { that.data.track.push([p.latitude, p.longitude]); });
    } });
  }
});
