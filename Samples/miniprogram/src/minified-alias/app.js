var e=wx,n=require("./utils/api.js");App({onLaunch:function(){var t=this;e.getLocation({type:"wgs84",success:function(o){t.globalData.loc=o}})},globalData:{loc:null}});
