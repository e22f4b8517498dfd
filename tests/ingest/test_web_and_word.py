"""The readers of web pages and Word files on what the copies in test_copies.py do not show: an
old UN page in GB2312 with its menu as a table of links and its report in `<pre>`, and a Word
file whose paragraphs Word numbers itself, with the symbol only in the running head."""
from __future__ import annotations

from pathlib import Path

from kg.ingest import read_report

OLD_PAGE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>联合国</title><script language="JavaScript">function menu() {}</script></head>
<body><table><tr><td><a href="index.html">联合国主页</a><br><a href="peace.htm">和平与安全</a></td>
<td><a href="disarm.htm">裁军事务</a></td></tr></table>
<p align="center"><b>联合国和平与裁军亚洲及太平洋区域中心</b></p>
<p>一、导言</p>
<p>　　1. 2030年12月8日,大会通过了第85/62号决议,请秘书长就该决议的执行情况向大会第八十六届会议提出报告。</p>
<p>　　2. 中心于2031年3月在加德满都举办了关于小武器的讲习班,有12个国家的30名代表参加。</p>
<hr><p><a href="top.htm">返回页首</a> | <a href="copyright.htm">版权</a></p>
</body></html>"""

PRE_PAGE = """<html><body><div id="menu"><a href="/">Home</a></div><pre>
                                                  A/51/300
1.  By its  resolution  50/71 C  of  12 December 1995,  the  General  Assembly
requested the Secretary-General to report on the Regional Centre for Peace and
Disarmament in Africa.
</pre></body></html>"""


def test_an_old_page_in_gb2312_loses_its_menu_and_keeps_its_report(tmp_path: Path):
    page = tmp_path / "asia.htm"
    page.write_bytes(OLD_PAGE.encode("gb2312"))
    document = read_report(page)
    assert [(p.key, p.section) for p in document.paragraphs] == [("1", "一"), ("2", "一")]
    assert document.paragraphs[1].text == "中心于2031年3月在加德满都举办了关于小武器的讲习班,有12个国家的30名代表参加。"
    assert all("主页" not in p.text and "版权" not in p.text for p in document.paragraphs)


def test_a_typewritten_report_in_pre_keeps_its_lines(tmp_path: Path):
    page = tmp_path / "a51-300.html"
    page.write_text(PRE_PAGE, encoding="utf-8")
    document = read_report(page)
    assert document.metadata.symbol == "A/51/300"
    assert [(p.key, p.text) for p in document.paragraphs] == [
        ("1", "By its resolution 50/71 C of 12 December 1995, the General Assembly requested the Secretary-General "
              "to report on the Regional Centre for Peace and Disarmament in Africa.")]


def test_a_word_file_numbered_by_word_with_the_symbol_in_its_running_head(tmp_path: Path):
    import docx

    word = docx.Document()
    word.sections[0].header.paragraphs[0].text = "A/86/120"
    for line in ("Eighty-sixth session", "Item 98 (d) of the preliminary list",
                 "Review and implementation of the Concluding Document of the Twelfth Special Session",
                 "United Nations Regional Centre for Peace and Disarmament in Africa",
                 "Report of the Secretary-General", "I. Introduction"):
        word.add_paragraph(line)
    for text in ("The present report covers the activities of the Regional Centre from 1 July 2030 to "
                 "30 June 2031.", "The Regional Centre held a workshop in Lomé for officials of Togo."):
        word.add_paragraph(text, style="List Number")
    path = tmp_path / "report.docx"
    word.save(str(path))
    document = read_report(path)
    assert document.metadata.symbol == "A/86/120"
    assert (document.metadata.session, document.metadata.agenda_item) == ("86", "98(d)")
    assert [(p.key, p.number, p.section) for p in document.paragraphs] == [("1", 1, "I"), ("2", 2, "I")]
    assert document.paragraphs[1].text == "The Regional Centre held a workshop in Lomé for officials of Togo."
    assert (document.metadata.period_start, document.metadata.period_end) == ("2030-07-01", "2031-06-30")
