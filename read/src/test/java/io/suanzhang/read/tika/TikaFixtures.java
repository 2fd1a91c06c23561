package io.suanzhang.read.tika;

import static io.suanzhang.read.office.OfficeFixtures.DATA;
import static io.suanzhang.read.office.OfficeFixtures.TITLE;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The 部门预算 example as HTML and RTF text. */
final class TikaFixtures {

  static final Charset GBK = Charset.forName("GBK");

  private TikaFixtures() {}

  static String budgetHtml(String metaCharset) {
    StringBuilder rows = new StringBuilder();
    for (String[] row : DATA) {
      rows.append("    <tr>");
      for (String cell : row) {
        rows.append("<td>").append(cell).append("</td>");
      }
      rows.append("</tr>\n");
    }
    String meta =
        metaCharset == null
            ? ""
            : "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + metaCharset + "\">";
    return "<!DOCTYPE html>\n<html><head>" + meta + "<title>预算公开</title>\n"
        + "<style>td { border: 1px solid; }</style><script>var note = \"不应出现\";</script></head>\n"
        + "<body>\n<h1>2025年部门预算</h1>\n<h2>一、部门职责</h2>\n"
        + "<p>本部门主要职责是\n   组织实施全市社会保障工作。</p>\n"
        + "<h3>（一）预算收支情况</h3>\n"
        + "<p align=\"center\">" + TITLE + "</p>\n<p align=\"right\">单位：元</p>\n"
        + "<table border=\"1\">\n  <thead>\n"
        + "    <tr><th rowspan=\"2\">科目编码</th><th rowspan=\"2\">科目名称</th><th colspan=\"3\">本年支出</th></tr>\n"
        + "    <tr><th>合计</th><th>基本支出</th><th>项目支出</th></tr>\n"
        + "  </thead>\n  <tbody>\n" + rows + "  </tbody>\n</table>\n"
        + "<p>注：本表不含政府性基金预算。</p>\n</body></html>\n";
  }

  /**
   * The same report in RTF as Word writes it: code page 936, paragraphs in GBK bytes (\'hh), table
   * cells as \\u escapes, header cells merged down with \clvmgf/\clvmrg, and 本年支出 spanning three
   * columns by its right edge.
   */
  static byte[] budgetRtf() {
    StringBuilder rtf = new StringBuilder();
    rtf.append("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}\n");
    rtf.append("{\\*\\generator Suanzhang test;}\\viewkind4\\uc1\n");
    rtf.append("\\pard\\qc\\f0\\fs32 ").append(gbk("2025年部门预算")).append("\\par\n");
    rtf.append("\\pard\\fs24 ").append(gbk("本部门主要职责是组织实施全市社会保障工作。")).append("\\par\n");
    rtf.append("\\pard\\qc ").append(gbk(TITLE)).append("\\par\n");
    rtf.append("\\pard\\qr ").append(gbk("单位：元")).append("\\par\n");
    rtf.append("\\trowd\\trgaph108\\clvmgf\\cellx1500\\clvmgf\\cellx4500\\cellx9000\n");
    rtf.append("\\pard\\intbl ").append(uni("科目编码")).append("\\cell ").append(uni("科目名称"))
        .append("\\cell ").append(uni("本年支出")).append("\\cell\\row\n");
    rtf.append("\\trowd\\trgaph108\\clvmrg\\cellx1500\\clvmrg\\cellx4500\\cellx6000\\cellx7500\\cellx9000\n");
    rtf.append("\\pard\\intbl \\cell \\cell ").append(uni("合计")).append("\\cell ").append(uni("基本支出"))
        .append("\\cell ").append(uni("项目支出")).append("\\cell\\row\n");
    for (String[] row : DATA) {
      rtf.append("\\trowd\\trgaph108\\cellx1500\\cellx4500\\cellx6000\\cellx7500\\cellx9000\n\\pard\\intbl ");
      for (String cell : row) {
        rtf.append(uni(cell)).append("\\cell ");
      }
      rtf.append("\\row\n");
    }
    rtf.append("\\pard ").append(gbk("注：本表不含政府性基金预算。")).append("\\par\n}");
    return rtf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Non-ASCII characters as \'hh escapes of their GBK bytes. */
  static String gbk(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else {
        for (byte b : String.valueOf(c).getBytes(GBK)) {
          out.append(String.format(java.util.Locale.ROOT, "\\'%02x", b & 0xFF));
        }
      }
    }
    return out.toString();
  }

  /** Non-ASCII characters as \\uN? escapes. */
  static String uni(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else {
        out.append("\\u").append((int) (short) c).append('?');
      }
    }
    return out.toString();
  }
}
