package io.suanzhang.extract.report;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary.Attribute;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** The dictionary of fiscal terms, beside this class, in HanLP's custom dictionary format. */
  static final String FISCAL_TERMS = "fiscal-terms.txt";

  /** Built once and only read afterwards, so the segmenters of all threads share it. */
  private static final DynamicCustomDictionary TERMS = fiscalTerms();

  /**
   * HanLP's segmenters keep state between calls: one per thread, so that parallel jobs do not wait
   * on each other (a shared one behind a lock made 2 jobs barely faster than 1).
   */
  private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(
      () -> HanLP.newSegment()
          .enablePlaceRecognize(true)
          .enableOrganizationRecognize(true)
          .enableCustomDictionary(TERMS));

  private OrganisationNames() {}

  /**
   * HanLP's own custom dictionary with the fiscal terms added for this segmenter only: HanLP's global
   * {@link CustomDictionary} stays as it was for other users in the same JVM.
   */
  static DynamicCustomDictionary fiscalTerms() {
    DynamicCustomDictionary dictionary =
        new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, new BinTrie<>(), null);
    try (InputStream in = OrganisationNames.class.getResourceAsStream(FISCAL_TERMS)) {
      if (in == null) {
        throw new IllegalStateException(FISCAL_TERMS + " is missing beside " + OrganisationNames.class);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) {
          continue;
        }
        int space = entry.indexOf(' ');
        if (space < 0) {
          throw new IllegalStateException(FISCAL_TERMS + ": no nature after '" + entry + "'");
        }
        // Into this dictionary's own trie: insert() would overwrite entries of the shared default one.
        dictionary.trie.put(entry.substring(0, space), Attribute.create(entry.substring(space + 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FISCAL_TERMS, e);
    }
    return dictionary;
  }

  /** The organisation names in a line of text, left to right, the longest at each start. */
  static List<String> in(String text) {
    List<Term> terms = SEGMENT.get().seg(text);
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

  /** Everything up to a year: 预算表2016年市国资委 names 市国资委. */
  private static final java.util.regex.Pattern LEADING_YEAR =
      java.util.regex.Pattern.compile("^.*(?:19|20)\\d{2}\\s*年度?");

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
