#!/usr/bin/env python3
# Regenerates testdata/season2/facts.yaml from knowledge/season1/facts.yaml: season 1 with every
# season value changed (office, room, contacts, mailbox, deadline, works-since, a renamed category, a
# 4-minute limit). Run from the repository root after editing the season-1 facts:
#   python3 testdata/season2/regenerate.py knowledge/season1/facts.yaml > testdata/season2/facts.yaml
import sys
s=open(sys.argv[1]).read()
header_old = s[:s.index('\n\n')+1]
lines = s.split('\n')
# header: replace first line
s = s.replace("# Facts of 全省党员教育短视频创作大赛（第一季）, quoted from notice.txt beside", "# Facts of a second season, for tests: every season-1 value changed\n# (office, room, contacts, mailbox, deadline, works-since, one category\n# renamed, a 4-minute limit). Quoted from notice.txt beside",1)
reps = [
 ("第一季","第二季"),
 ("2025年10月15日","2026年11月20日"),("2025-10-15T23:59:59","2026-11-20T23:59:59"),
 ("15号, 15日, 10月15, 十月十五","20号, 20日, 11月20, 十一月二十"),("the whole of the 15th","the whole of the 20th"),
 ("河南省党员教育中心","河南省党员教育电视中心"),("组干处","宣传处"),("jytzgc2024@126.com","xcc2026video@163.com"),
 ("D725B","301"),("d725b, 725","301"),("0371—69691670","0371—65551234"),("孟晗","周琳"),("李博","陈航"),
 ("1式2份","1式3份"),
 ("  视频切片: [切片, 剪辑切片]","  情景短剧: [短剧, 情景剧]"),
 ("，“视频切片”是五类作品之一；","；"),
 ("视频切片","情景短剧"),
 ("不超过3分钟","不超过4分钟"),("max_duration_seconds: 180","max_duration_seconds: 240"),
 ("3分钟, 三分钟","4分钟, 四分钟"),("超过3分钟","超过4分钟"),("超过3, ","超过4, "),("控制在3分钟","控制在4分钟"),
 ("3分钟1080P约0.2-1.1GB","4分钟1080P约0.3-1.5GB"),
 ("agreement_valid_until: 2026年1月1日","agreement_valid_until: 2027年6月30日"),
 ("金水区","郑东新区"),
 ("2024, 2023","2025, 2024"),
 ("works_since: 2025-01","works_since: 2026-01"),("January 2025","January 2026"),
 ("2025年","2026年"),
]
for a,b in reps:
    s=s.replace(a,b)
sys.stdout.write(s)
