Page({ data: {}, go: function () { wx.navigateTo({ url: '/pages/voice/voice' }); } });
