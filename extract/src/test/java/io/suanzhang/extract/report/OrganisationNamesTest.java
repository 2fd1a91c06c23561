package io.suanzhang.extract.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

  @Test
  void keepsAUnitNameWholeBeforeAFiscalTerm() {
    assertEquals(
        List.of("钦州市医疗保障事业管理中心"), OrganisationNames.in("钦州市医疗保障事业管理中心一般公共预算财政拨款基本支出"));
  }

  @Test
  void findsAPlaceWithACharacterHanLpDoesNotKnow() {
    assertEquals(List.of("埇桥区医疗保障局"), OrganisationNames.in("调整了埇桥区医疗保障局民生工程工作领导小组"));
  }

  @Test
  void dropsEverythingBeforeAYear() {
    assertEquals(List.of("市国资委"), OrganisationNames.in("2016年市国资委财政拨款“三公”经费预算表"));
  }

  @Test
  void segmentsFiscalTermsWholeAndLeavesHanLpsOwnDictionaryAlone() {
    DynamicCustomDictionary terms = OrganisationNames.fiscalTerms();
    String sentence = "一般公共预算财政拨款机关运行经费";
    List<String> words =
        HanLP.newSegment().enableCustomDictionary(terms).seg(sentence).stream().map(t -> t.word).toList();
    assertEquals(List.of("一般公共预算财政拨款", "机关运行经费"), words);
    assertFalse(CustomDictionary.contains("一般公共预算财政拨款"), "the fiscal terms leaked into HanLP's global dictionary");
  }
}
