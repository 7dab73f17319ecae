Page({
  data: {},
  onLoad: function () {},
  locate: function () { wx.getLocation({ type: 'gcj02', success: function (r) { console.log(r); } }); }
});
