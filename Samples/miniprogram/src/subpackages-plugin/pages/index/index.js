Page({ data: {}, goMap: function () { wx.navigateTo({ url: '/pkgMap/pages/map/map' }); } });
