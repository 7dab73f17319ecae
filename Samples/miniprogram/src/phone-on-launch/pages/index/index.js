Page({
  data: {},
  onPhone: function (e) { wx.request({ url: 'https://api.example.cn/login', data: { code: e.detail.code } }); }
});
