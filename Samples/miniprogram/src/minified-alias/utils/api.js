module.exports={ping:function(){return 1}};
