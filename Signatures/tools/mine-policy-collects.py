#!/usr/bin/env python3
"""What real privacy policies say each curated SDK collects.

Reads the annotated policies of ../shared/corpus/policies/ca4p-dev (CA4P-483: text + spans of
class 数据 = a personal-information item). For every mention of a curated SDK's name or alias, the
数据 spans between that mention and the next SDK mention (at most WINDOW characters, and within the same
paragraph annotated 第三方收集或共享个人信息) are what the policy says that SDK collects. An info type counts for an SDK when at least MIN_POLICIES different
policies say so. Prints a report; with --apply, adds the types and the policy files to
sdks/curated-cn.json (collects, collectsKnown, collectsSource), never removing anything.

Usage: python3 Signatures/tools/mine-policy-collects.py [--apply] [--corpus DIR]
"""
import argparse, collections, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SIG = os.path.dirname(HERE)
WINDOW = 220
MIN_POLICIES = 2
THIRD_PARTY = "第三方收集或共享个人信息"
# Votes checked by hand and found to belong to the next row or party of the same paragraph
# (0544 and 0728 are one template; AMap's window runs into a carrier-login row; no policy has
# Umeng collect a name: no 姓名 within 150 characters after any 友盟 mention).
IGNORE = {("kuaishou-ads", "name"), ("kuaishou-ads", "id_card"), ("amap-map", "phone_number"), ("umeng-common", "name")}

# 数据 span text -> vocabulary ids (first matching rows all apply).
TYPE_WORDS = [
    (r"IMEI|MEID|国际移动设备识别码", ["imei"]), (r"IMSI", ["imsi"]), (r"ICCID|SIM卡序列号|SIM 卡序列号", ["iccid"]),
    (r"MAC", ["mac"]), (r"Android ?ID|安卓ID|ANDROID_ID|AndroidID", ["android_id"]),
    (r"OAID|IDFA|GAID|AAID|广告标识", ["oaid"]), (r"硬件序列号|设备序列号|Serial|SN码", ["serial"]),
    (r"设备型号|操作系统|系统版本|设备信息|设备品牌|硬件|设备名称|设备类型|屏幕", ["device_info"]),
    (r"设备标识|唯一设备识别|设备识别码|设备ID|设备id|UDID|UUID|GUID", ["device_id"]),
    (r"位置|定位|经纬度|GPS|地理", ["location"]), (r"网络|IP地址|IP 地址|运营商", ["network_info"]),
    (r"WiFi|WIFI|Wi-Fi|WLAN|SSID|无线", ["wifi_info"]), (r"基站", ["cell_info"]),
    (r"手机号|电话号码|本机号码|手机号码", ["phone_number"]), (r"应用列表|安装列表|软件列表|应用安装|安装的应用|应用程序列表|已安装", ["app_list"]),
    (r"进程|运行中", ["running_apps"]), (r"剪切板|剪贴板|粘贴板", ["clipboard"]), (r"传感器|加速度|陀螺仪", ["sensors"]),
    (r"通讯录|联系人", ["contacts"]), (r"短信", ["sms"]), (r"通话记录", ["call_log"]), (r"相册|照片|图片", ["photos"]),
    (r"存储", ["storage"]), (r"摄像头|相机", ["camera"]), (r"麦克风|录音", ["microphone"]), (r"蓝牙", ["bluetooth"]),
    (r"人脸|面部", ["face"]), (r"身份证", ["id_card"]), (r"银行卡", ["bank_card"]), (r"昵称|头像", ["nickname_avatar"]),
    (r"姓名", ["name"]), (r"邮箱", ["email"]), (r"日历", ["calendar"]),
]


def names_of(sdk):
    out = set()
    for n in [sdk.get("nameZh"), sdk.get("nameEn")] + sdk.get("aliases", []):
        if not n:
            continue
        n = re.sub(r"[（(].*?[)）]", "", n).strip()
        if len(n) >= 2:
            out.add(n)
    return out


def pattern(name):
    # ASCII names need word boundaries ("Mob" must not match "Mobile").
    if all(ord(c) < 128 for c in name):
        if len(name) < 3:
            return None
        return r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z])"
    return re.escape(name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--apply", action="store_true")
    ap.add_argument("--corpus", default=os.path.join(SIG, "..", "..", "shared", "corpus", "policies", "ca4p-dev"))
    a = ap.parse_args()
    path = os.path.join(SIG, "sdks", "curated-cn.json")
    doc = json.load(open(path, encoding="utf-8"))
    sdks = doc["sdks"]
    pats = []
    for s in sdks:
        for n in names_of(s):
            p = pattern(n)
            if p:
                pats.append((re.compile(p, re.I if all(ord(c) < 128 for c in n) else 0), s["id"]))
    votes = collections.defaultdict(lambda: collections.defaultdict(set))   # sdk -> type -> {policy}
    mentions = collections.defaultdict(set)
    for line in open(os.path.join(a.corpus, "labels.jsonl"), encoding="utf-8"):
        lab = json.loads(line)
        rel = "ca4p-dev/text/%s.txt" % lab["id"]
        text = open(os.path.join(a.corpus, "text", lab["id"] + ".txt"), encoding="utf-8").read()
        hits = sorted({(m.start(), m.end(), sid) for rx, sid in pats for m in rx.finditer(text)})
        # Nested names (\"友盟\" inside \"友盟推送\") at one place: keep the longest.
        keep = []
        for h in hits:
            if keep and h[0] < keep[-1][1]:
                if h[1] - h[0] > keep[-1][1] - keep[-1][0]:
                    keep[-1] = h
                continue
            keep.append(h)
        data = [(e["start"], e["end"], e["text"]) for e in lab["entities"] if e["class"] == "数据"]
        third = [(p["start"], p["end"]) for p in lab["paragraphs"] if p["class"] == THIRD_PARTY]
        for i, (s0, e0, sid) in enumerate(keep):
            mentions[sid].add(rel)
            # Only mentions inside a paragraph about third parties, and only data in that paragraph.
            para = next((p for p in third if p[0] <= s0 < p[1]), None)
            if para is None:
                continue
            stop = min(keep[i + 1][0] if i + 1 < len(keep) else len(text), e0 + WINDOW, para[1])
            for ds, de, dt in data:
                if e0 <= ds < stop:
                    for rx, types in TYPE_WORDS:
                        if re.search(rx, dt):
                            for t in types:
                                votes[sid][t].add(rel)
    changed = 0
    for s in sdks:
        got = {t: ps for t, ps in votes[s["id"]].items() if len(ps) >= MIN_POLICIES and (s["id"], t) not in IGNORE}
        if not mentions[s["id"]]:
            continue
        print("%-22s %3d policies  %s" % (s["id"], len(mentions[s["id"]]),
              ", ".join("%s(%d)" % (t, len(ps)) for t, ps in sorted(got.items(), key=lambda x: -len(x[1])))))
        if a.apply and got:
            before = set(s.get("collects", []))
            s["collects"] = sorted(before | set(got))
            s["collectsKnown"] = True
            files = sorted({p for ps in got.values() for p in ps})[:6]
            src = s.get("collectsSource", [])
            s["collectsSource"] = src + ["corpus:" + f for f in files if "corpus:" + f not in src]
            changed += set(s["collects"]) != before
    if a.apply:
        from importlib.machinery import SourceFileLoader
        fmt = SourceFileLoader("gen", os.path.join(HERE, "gen-sdks.py")).load_module()
        header = {k: v for k, v in doc.items() if k != "sdks"}
        fmt.write(path, header, sdks)
        print("updated %d SDKs" % changed)


if __name__ == "__main__":
    main()
