"""Privacy-policy HTML for the samples, written the way Chinese app policies are written, with
switches for each defect a sample plants (no date, no contact, vague lists, no deletion, ...)."""
import html

# token -> (what, purpose, the function that needs it, sensitive)
INFO = {
    "location": ("位置信息（精确位置、粗略位置）", "为您显示所在城市的天气和附近的服务", "定位及附近服务", True),
    "background_location": ("后台位置信息（应用在后台或锁屏时的位置）", "在您锁屏跑步时持续记录运动轨迹", "运动轨迹记录", True),
    "sensors": ("传感器信息（加速度传感器、陀螺仪）", "识别摇一摇等交互动作", "摇一摇互动", False),
    "device_ids": ("设备标识符（IMEI、IMSI、ICCID、设备序列号、Android ID、OAID）", "识别异常设备、保障账号和交易安全", "安全风控", False),
    "phone_state": ("手机号码和基站信息", "判断设备的通话状态和所在网络运营商，在来电时暂停播放", "来电暂停", False),
    "wifi": ("WLAN信息（SSID、BSSID）", "判断网络环境以选择合适的下载方式", "网络环境识别", False),
    "mac": ("MAC地址", "识别异常设备、保障账号安全", "安全风控", False),
    "network": ("网络信息（网络类型、运营商信息）", "保障网络连接和服务稳定", "内容加载", False),
    "device_info": ("设备信息（设备型号、操作系统版本）", "适配您的设备并排查故障", "故障排查", False),
    "app_list": ("应用安装列表", "检测您设备上的恶意软件和垃圾文件", "安全检测", False),
    "clipboard": ("剪切板信息", "识别您复制的商品口令并打开对应的商品页面", "口令识别", False),
    "contacts": ("通讯录", "帮助您快速邀请和查找好友", "好友邀请", True),
    "call_log": ("通话记录", "核验您的身份和还款能力", "信用评估", True),
    "camera": ("摄像头（相机）", "扫描二维码和拍摄头像", "扫码与拍照", False),
    "microphone": ("麦克风", "进行语音搜索", "语音搜索", False),
    "storage": ("存储权限（读写相册中的图片、视频和本地文件）", "上传头像和保存图片", "图片上传与保存", False),
    "phone_number": ("手机号码", "注册和登录账号", "注册登录", False),
    "account": ("账号信息（昵称、头像）", "创建和管理您的账号", "账号功能", False),
    "id_card": ("身份证件信息（姓名、身份证号码）", "完成实名认证", "实名认证", True),
    "face": ("人脸信息", "进行身份核验", "身份核验", True),
}


def policy_html(app, operator, items, sdks=(), *, date=True, contact=True, deletion="ok", withdrawal=True,
                personalisation=None, vague=False, improve=(), no_purpose=(), negations=(), implied=False,
                sdk_table=True):
    """items: INFO tokens collected (with purpose + necessity); improve: tokens whose only purpose is
    'to improve your experience'; no_purpose: tokens named with no purpose at all; negations:
    tokens the policy says it never collects; sdks: (name, company, purpose, info) rows;
    deletion: "ok" | "slow-obstacles" | None; personalisation: None | "optout" | "no-optout"."""
    e = html.escape
    p = []
    p.append("<h1>%s隐私政策</h1>" % e(app))
    if date:
        p.append("<p>更新日期：2026年3月1日</p>")
        p.append("<p>生效日期：2026年3月8日</p>")
    intro = "%s（以下简称“我们”）深知个人信息对您的重要性，并会尽全力保护您的个人信息安全。" % operator if contact else \
            "我们深知个人信息对您的重要性，并会尽全力保护您的个人信息安全。"
    p.append("<p>%s本政策适用于“%s”应用，请您在使用前仔细阅读并了解本政策。</p>" % (e(intro), e(app)))
    p.append("<h2>一、我们如何收集和使用您的个人信息</h2>")
    n = 1
    for t in items:
        what, purpose, func, sensitive = INFO[t]
        s = "为了%s，在您使用%s功能时，我们会收集您的%s。" % (purpose, func, what)
        s += "如您拒绝提供，将无法使用%s功能，但不影响您使用其他功能。" % func
        if sensitive:
            s += "%s属于敏感个人信息，我们仅在取得您的单独同意后收集，且仅用于上述目的，这是实现该功能所必需的。" % what
        p.append("<p>%d. %s</p>" % (n, e(s)))
        n += 1
    for t in improve:
        p.append("<p>%d. 为了提升您的使用体验，我们会收集您的%s。</p>" % (n, e(INFO[t][0])))
        n += 1
    for t in no_purpose:
        p.append("<p>%d. 我们会收集您的%s。</p>" % (n, e(INFO[t][0])))
        n += 1
    if vague:
        p.append("<p>%d. 我们可能会收集您的设备信息、日志信息等信息，包括但不限于设备型号、操作日志等相关信息。</p>" % n)
        n += 1
        p.append("<p>%d. 为了向您推送优惠信息，我们会收集您的账号信息、浏览记录等个人信息，包括但不限于您的搜索记录和收藏记录。</p>" % n)
        n += 1
    for t in negations:
        p.append("<p>%d. 我们不会收集您的%s。</p>" % (n, e(INFO[t][0])))
        n += 1
    if personalisation:
        p.append("<h2>二、个性化推荐</h2>")
        p.append("<p>我们会根据您的浏览记录和搜索记录，向您进行个性化推荐，展示您可能感兴趣的内容。</p>")
        if personalisation == "optout":
            p.append("<p>您可以通过“我的-设置-隐私设置-个性化推荐”关闭个性化推荐，关闭后我们将不再基于您的个人信息向您推荐内容，"
                     "而是向您展示不针对您个人特征的内容。</p>")
    if sdks and sdk_table:
        p.append("<h2>三、第三方SDK目录</h2>")
        p.append("<p>为保障应用的稳定运行和功能实现，我们接入了以下第三方SDK：</p>")
        p.append("<table border=\"1\"><tr><th>SDK名称</th><th>第三方公司名称</th><th>使用目的</th><th>收集的个人信息</th></tr>")
        for name, company, purpose, info in sdks:
            p.append("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (e(name), e(company), e(purpose), e(info)))
        p.append("</table>")
    p.append("<h2>四、您的权利</h2>")
    p.append("<p>您可以在“我的-设置”中查阅、复制、更正您的个人信息。</p>")
    if withdrawal:
        p.append("<p>您可以通过“我的-设置-隐私设置-撤回隐私政策同意”撤回您的同意，也可以在系统设置中关闭相应的权限。"
                 "撤回同意后，我们将不再处理相应的个人信息，但不影响此前基于您的同意已进行的个人信息处理。</p>")
    if deletion == "ok":
        p.append("<p>您可以通过“我的-设置-账号与安全-注销账号”申请注销账号。我们将在收到您的申请后15个工作日内完成核查和处理，"
                 "注销后我们将删除您的个人信息或进行匿名化处理。</p>")
    elif deletion == "slow-obstacles":
        p.append("<p>如您需要注销账号，请联系客服提交申请，并提供手持身份证照片及人脸识别验证，同时确认账户无欠款。"
                 "我们将在30个工作日内完成审核，注销后我们将删除您的个人信息。</p>")
    if implied:
        p.append("<p>若您继续使用本应用，即视为您已阅读并同意本政策的全部内容。</p>")
    if contact:
        p.append("<h2>五、如何联系我们</h2>")
        p.append("<p>如您对本政策有任何疑问、意见或建议，或需要投诉、举报，可以通过以下方式与我们联系：</p>")
        p.append("<p>运营者：%s</p>" % e(operator))
        p.append("<p>注册地址：上海市浦东新区张江路100号</p>")
        p.append("<p>个人信息保护负责人邮箱：privacy@example.cn</p>")
        p.append("<p>客服电话：400-820-8820</p>")
        p.append("<p>我们将在15个工作日内答复您的请求。</p>")
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>%s隐私政策</title>\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (e(app), "\n".join(p)))
