package io.suanzhang.extract.report;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the names of government bodies in Chinese text (钦州市医疗保障局, 自贡市贡井区医疗保障局,
 * 上海市普陀区人民政府万里街道办事处) with HanLP's segmenter, its place and organisation recognition, and a
 * dictionary of the words department names are made of.
 */
final class OrganisationNames {

  /** Words a department's name ends with. */
  private static final String[] SUFFIXES = {
    "局", "委员会", "委", "办公室", "办公厅", "办事处", "中心", "院", "部", "厅", "政府", "馆", "站", "所", "队", "处", "会"
  };

  /** Department words HanLP's dictionary lacks or splits; added once as organisation parts. */
  private static final String[] FISCAL_TERMS = {
    "医疗保障局", "财政局", "财政厅", "发展和改革局", "发展和改革委员会", "规划和自然资源局", "自然资源局", "人民政府",
    "办事处", "街道办事处", "商务委员会", "社会工作部", "人大常委会", "常委会办公厅", "人民检察院", "人民法院",
    "高级人民法院", "政协办公厅", "委办公厅", "社会福利院", "数据发展中心", "医疗保障事业管理中心", "卫生健康局",
    "民政局", "教育局", "公安局", "司法局", "审计局", "统计局", "税务局", "生态环境局", "住房和城乡建设局",
    "交通运输局", "农业农村局", "水利局", "文化广电旅游局", "市场监督管理局", "应急管理局", "人力资源和社会保障局",
    "退役军人事务局", "国有资产监督管理委员会", "国资委"
  };

  private static final Segment SEGMENT = segment();

  private OrganisationNames() {}

  private static Segment segment() {
    for (String term : FISCAL_TERMS) {
      CustomDictionary.insert(term, "nis 1024");
    }
    return HanLP.newSegment().enablePlaceRecognize(true).enableOrganizationRecognize(true);
  }

  /** The organisation names in a line of text, left to right, the longest at each start. */
  static List<String> in(String text) {
    List<Term> terms;
    synchronized (SEGMENT) {
      // HanLP's segmenters keep state between calls: one caller at a time.
      terms = SEGMENT.seg(text);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      if (!startsName(terms.get(i))) {
        continue;
      }
      StringBuilder name = new StringBuilder();
      String longest = null;
      int last = i;
      for (int k = i; k < terms.size() && name.length() < 40 && continuesName(terms.get(k)); k++) {
        if (longest != null && last == k - 1 && opensJurisdiction(terms.get(k))) {
          break; // 江苏省委办公厅 | 江苏省财政厅: a new province or city starts a new name
        }
        name.append(terms.get(k).word);
        if (endsWithSuffix(name) && name.length() >= 4) {
          longest = name.toString();
          last = k;
        }
      }
      if (longest != null) {
        String clean = LEADING_YEAR.matcher(longest).replaceFirst("");
        if (clean.length() >= 4 && !clean.startsWith("全国")) {
          names.add(clean);
        }
        i = last;
      }
    }
    return names;
  }

  private static final java.util.regex.Pattern LEADING_YEAR =
      java.util.regex.Pattern.compile("^(?:19|20)\\d{2}\\s*年度?");

  private static boolean opensJurisdiction(Term t) {
    return t.word.length() >= 2 && (t.word.endsWith("省") || t.word.endsWith("市"));
  }

  /** A rare character HanLP does not know (埇) is taken as part of a place name. */
  private static boolean unknownHanzi(Term t) {
    String nature = t.nature.toString();
    return (nature.equals("w") || nature.equals("x") || nature.equals("nx"))
        && t.word.length() == 1 && t.word.charAt(0) >= '\u4e00' && t.word.charAt(0) <= '\u9fff';
  }

  private static boolean startsName(Term t) {
    String nature = t.nature.toString();
    return unknownHanzi(t) || nature.startsWith("ns") || nature.startsWith("nt") || t.word.equals("中共")
        || (t.word.length() >= 2 && "省市县区州旗盟".indexOf(t.word.charAt(t.word.length() - 1)) >= 0
            && nature.startsWith("n"));
  }

  private static boolean continuesName(Term t) {
    String nature = t.nature.toString();
    return unknownHanzi(t) || nature.startsWith("n") || nature.equals("vn") || nature.equals("j") || nature.equals("cc")
        || nature.equals("b") || t.word.equals("和");
  }

  private static boolean endsWithSuffix(CharSequence name) {
    String s = name.toString();
    for (String suffix : SUFFIXES) {
      if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
        return true;
      }
    }
    return false;
  }
}
