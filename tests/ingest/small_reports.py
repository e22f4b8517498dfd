"""Small reports written for the reader's tests, one for each way a report's text reaches us:
as a PDF reader gives it (Chinese and English), as an older web page gives it (one paragraph
per line). Symbols, figures and events are invented; the facts each must yield are asserted in
test_reader.py, and test_pdf_reader.py typesets the PDF-style ones as PDFs."""

# As a PDF reader gives it: running heads and page footers in both orders, blank spacer lines,
# lines broken inside words and numbers, full-width digits, a footnote mark glued to a word
# (`国家1`) with the note under a rule and a URL line, a note broken inside a name, and an
# annex table whose deficit is in parentheses.
ZH_PDF = """\
 第八十一届会议

暂定项目表* 项目 97(c)

审查和执行大会第十二届特别会议的《结论文件》

  联合国和平与裁军中亚区域中心

  秘书长的报告

 摘要

 本报告述及联合国和平与裁军中亚区域中心在 ２０２５ 年 ７ 月 １ 日至 2026 年 6 月 30 日期

间的活动。

 区域中心为中亚各国举办了关于小武器管制的培训，并继续与区域组织合

作。

__________________

 * A/81/50。



 A/81/205

2/3 26-01234

 一. 导言

1. 区域中心在阿拉木图举办了三次培训，共有来自 5 个国家1 的 40 名学员参

加。培训由联合国训练研究所协办。

2. 区域中心收到会员国自愿捐款 198 299 美元，用于支持其在区域内开展的各项

活动。

__________________

 1 哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、土库曼斯坦和乌兹别克

斯坦。

https://undocs.org/ch/A/RES/80/51

26-01234 3/3

 A/81/205

 二. 结论

3. 秘书长感谢所有捐助者，特别是哈萨克斯坦政府。

 附件

  联合国和平与裁军中亚区域中心信托基金 2025 年状况

(美元)

  累计盈余，2025 年 1 月 1 日 512 400

 收入

 自愿捐款 a 198 299

 总收入 198 299

 一般业务费用 210 000

2025 年赤字 (11 701)

截至 2025 年 12 月 31 日的累计盈余 500 699

 a 包括哈萨克斯坦的捐款 150 000 美元。
"""

# The English version: lines joined with a space, words broken at a hyphen joined again.
EN_PDF = """\
 A/81/206

 Eighty-first session

Item 97 (c) of the preliminary list*

Review and implementation of the Concluding Document of the Twelfth Special Session

  United Nations Regional Centre for Peace and Disarmament in Central Asia

  Report of the Secretary-General

 Summary

 The present report covers the activities of the Regional Centre from 1 July 2025 to

30 June 2026.

__________________

 * A/81/50.

26-01235 (E)

 A/81/206

 I. Introduction

1. During the reporting period, the Regional Centre organized a train-

ing course on small arms control for officials from 5 States,1 together with the

Organization for Security and Co-operation in Europe.

2. Member States contributed 1 250 000 dollars to the trust fund of the

Centre in 2025.

__________________

 1 Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbek-

istan.

2/2 26-01235

 II. Conclusions

3. The Secretary-General thanks all donors.
"""

# An older web copy: one paragraph per line, no spaces around numbers, headings `一、导言`.
WEB_FRONT = """\
A/59/180
第五十九届会议
临时议程项目66(e)*
审查和执行大会第十二届特别会议的《结论文件》
联合国和平与裁军中亚区域中心
秘书长的报告
摘要
"""
WEB_REST = """\
本报告述及联合国和平与裁军中亚区域中心2003年7月1日至2004年6月30日期间的活动。
在本报告所述期间，区域中心于2003年12月8日在阿拉木图举办了一次关于小武器管制的讲习班，并继续与区域组织合作。
*A/59/50。
一、导言
1.大会第58/61号决议请秘书长向大会第五十九届会议报告区域中心的活动。本报告是根据该要求提交的。
二、区域中心的活动
2.区域中心于2003年12月8日在阿拉木图举办了关于小武器的讲习班，有12个国家的30名代表参加。讲习班由欧洲联盟资助。
3.区域中心于2004年3月与哈萨克斯坦政府合作，在阿斯塔纳举办了关于出口管制的国家培训班。
三、结论
4.秘书长感谢各会员国对区域中心的支持，并呼吁会员国继续提供自愿捐款。
"""
