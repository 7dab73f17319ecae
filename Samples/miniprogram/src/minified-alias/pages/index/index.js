Page({data:{},onLoad:function(){}});
