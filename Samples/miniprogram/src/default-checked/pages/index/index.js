Page({
  data: { agreed: true },
  toggle: function () { this.setData({ agreed: !this.data.agreed }); }
});
