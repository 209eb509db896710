package org.podium.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineBreakerTest {

    private static final FontSpec TEN = new FontSpec("Fake", 10, false);
    private static final String CLOSING = "，。、；：？！」』）》〉】〕…’”・,.;:!?)]}";
    private static final String OPENING = "「『（《〈【〔‘“([{";

    private final LineBreaker breaker = new LineBreaker(FakeMeasurer.INSTANCE);

    private List<String> lines(String text, double widthPt) {
        return breaker.breakLines(text, TEN, 0, widthPt, BreakMode.GREEDY);
    }

    @Test
    void ideographsBreakAnywhereToFillEachLine() {
        assertThat(lines("一二三四五六七八九十", 35)).containsExactly("一二三", "四五六", "七八九", "十");
    }

    @Test
    void explicitNewlinesAlwaysBreak() {
        assertThat(lines("第一行\n第二行", 500)).containsExactly("第一行", "第二行");
        assertThat(lines("上\n\n下", 500)).containsExactly("上", "", "下");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "“我覺得入黨是一件特別有榮譽感、使命感的事。隻有入了黨才能証明自己是進步的。”談及入黨“初心”,建鄴區發改委四級調研員楊贊元說。",
            "建鄴區區級機關「兩優一先」先進事跡分享會，這是一場有關「傳承」和「擔當」的盛會！（南京）《人民日報》【報道】……完。",
            "「微星光」黨員、「微星光」黨組織就是我們身邊可知可感可學可追的擔當榜樣！」他說：「好。」",
            "擔當——是此次分享會的主題，也一直是建鄴區機關黨建工作的核心要義。(Nanjing, 2021) [sic] {ok}"})
    void noLineStartsWithClosingOrEndsWithOpeningPunctuationAtAnyWidth(String text) {
        for (double width = 20; width <= 300; width += 5) {
            List<String> lines = lines(text, width);
            for (String line : lines) {
                int first = line.codePointAt(0);
                int last = line.codePointBefore(line.length());
                assertThat(CLOSING.indexOf(first)).as("line '%s' at width %s starts with closing punctuation", line, width)
                        .isNegative();
                assertThat(OPENING.indexOf(last)).as("line '%s' at width %s ends with opening punctuation", line, width)
                        .isNegative();
            }
            assertThat(String.join("", lines).replace(" ", "")).as("no character lost at width %s", width)
                    .isEqualTo(text.replace(" ", ""));
        }
    }

    @Test
    void closingPunctuationTakesThePreviousCharacterAlong() {
        // 三 characters fit; "。" may not start line two, so "三" moves down with it
        assertThat(lines("一二三。四五", 30)).containsExactly("一二", "三。四", "五");
    }

    @Test
    void openingPunctuationMovesToTheNextLineWithItsWord() {
        assertThat(lines("一二「三」四", 30)).containsExactly("一二", "「三」", "四");
    }

    @Test
    void latinWordsAreNotSplit() {
        String text = "The quick brown fox jumps over the lazy dog while everyone watches";
        List<String> words = List.of(text.split(" "));
        for (double width = 40; width <= 200; width += 7) {
            for (String line : lines(text, width)) {
                assertThat(words).as("width %s", width).containsAll(List.of(line.split(" ")));
                assertThat(breaker.lineWidthPt(line, TEN, 0)).isLessThanOrEqualTo(width);
            }
        }
    }

    @Test
    void numbersStayWholeAndKeepTheirUnit() {
        List<String> lines = lines("總投資900億元人民幣", 40);
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotEndWith("9").doesNotEndWith("90"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("900億"));
    }

    @Test
    void mixedTextBreaksBetweenLatinAndChinese() {
        assertThat(lines("黨員Yang Zanyuan發言", 50)).containsExactly("黨員Yang", "Zanyuan發", "言");
        assertThat(lines("黨員Yang Zanyuan發言", 60)).containsExactly("黨員Yang", "Zanyuan發言");
    }

    @Test
    void aWordWiderThanTheLineIsSplitByCharacterAsALastResort() {
        List<String> lines = lines("Supercalifragilistic", 30);
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join("", lines)).isEqualTo("Supercalifragilistic");
        assertThat(lines).allSatisfy(line -> assertThat(breaker.lineWidthPt(line, TEN, 0)).isLessThanOrEqualTo(30));
    }

    @Test
    void balancedTitleBreaksAtTheQuotationMarksRatherThanMidPhrase() {
        String title = "建鄴區區級機關「兩優一先」先進事跡分享會";
        List<String> greedy = breaker.breakLines(title, TEN, 0, 140, BreakMode.GREEDY);
        List<String> balanced = breaker.breakLines(title, TEN, 0, 140, BreakMode.BALANCED);
        assertThat(greedy).containsExactly("建鄴區區級機關「兩優一先」先", "進事跡分享會");
        assertThat(balanced).hasSize(2);
        assertThat(balanced.get(0).endsWith("」") || balanced.get(1).startsWith("「"))
                .as("balanced break %s", balanced).isTrue();
    }

    @Test
    void balancedLinesAreEvenWhenThereIsNoPunctuation() {
        List<String> balanced = breaker.breakLines("一二三四五六七八九十甲乙丙丁", TEN, 0, 100, BreakMode.BALANCED);
        assertThat(balanced).extracting(String::length).containsExactly(7, 7);
    }

    private String joined(String text, double widthPt, BreakMode mode) {
        return String.join("|", breaker.breakLines(text, TEN, 0, widthPt, mode));
    }

    @Test
    void aWidowRepairBreaksAfterPunctuationRatherThanInsideTheLastPhrase() {
        String text = "「三服務」行動：服務高質量發展、服務街道園區、服務企業群眾";
        assertThat(joined(text, 280, BreakMode.GREEDY)).endsWith("|眾");
        assertThat(joined(text, 280, BreakMode.NO_WIDOW)).isEqualTo("「三服務」行動：服務高質量發展、服務街道園區、|服務企業群眾");
    }

    @Test
    void aWidowRepairPrefersTheBreakAfterDeToSplittingAWord() {
        String text = "「一機關一品牌」：培樹一批立得住、叫得響、受歡迎的黨建品牌";
        assertThat(joined(text, 280, BreakMode.GREEDY)).endsWith("|牌");
        assertThat(joined(text, 280, BreakMode.NO_WIDOW)).endsWith("的|黨建品牌");
    }

    @Test
    void aWidowRepairMovesNoMoreThanItNeedsWhenThereIsNoBetterPlace() {
        String text = "總投資900億元人民幣的中新南京生態科技島項目落地建鄴區";
        assertThat(joined(text, 260, BreakMode.GREEDY)).endsWith("|區");
        assertThat(joined(text, 260, BreakMode.NO_WIDOW)).endsWith("|建鄴區");
    }

    @Test
    void aBalancedTitleBreaksAtAClauseTurnInsideALongQuotation() {
        String title = "合唱「沒有共產黨就沒有新中國」";
        assertThat(joined(title, 130, BreakMode.GREEDY)).isEqualTo("合唱「沒有共產黨就沒有新中|國」");
        assertThat(joined(title, 130, BreakMode.BALANCED)).isEqualTo("合唱「沒有共產黨|就沒有新中國」");
    }

    @Test
    void repeatedCharactersAndShortRunsAreNotSplit() {
        String text = "每一個優秀的團體一定有一批兢兢業業的黨員";
        assertThat(joined(text, 140, BreakMode.GREEDY)).isEqualTo("每一個優秀的團體一定有一批兢|兢業業的黨員");
        assertThat(joined(text, 140, BreakMode.BALANCED)).contains("兢兢業業");
        assertThat(joined(text, 140, BreakMode.NO_WIDOW)).contains("兢兢業業");
        double[] costs = BreakCosts.of(Pieces.of("兢兢業業、任勞任怨、行動"));
        assertThat(costs[1]).as("兢｜兢").isEqualTo(BreakCosts.SPLIT_WORD);
        assertThat(costs[2]).as("兢兢｜業業").isEqualTo(BreakCosts.SPLIT_WORD);
        assertThat(costs[4]).as("after 、").isEqualTo(BreakCosts.GOOD);
        assertThat(costs[9]).as("行｜動, a run of two").isEqualTo(BreakCosts.SPLIT_WORD);
    }

    @Test
    void noWidowModeLeavesNoOneCharacterLastLine() {
        String text = "一二三四五六七八九十甲";
        assertThat(breaker.breakLines(text, TEN, 0, 100, BreakMode.GREEDY)).last().isEqualTo("甲");
        List<String> lines = breaker.breakLines(text, TEN, 0, 100, BreakMode.NO_WIDOW);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).length()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void letterSpacingCountsBetweenCharacters() {
        assertThat(breaker.lineWidthPt("一二三", TEN, 2)).isEqualTo(34);
        assertThat(breaker.breakLines("一二三四", TEN, 2, 34, BreakMode.GREEDY)).containsExactly("一二三", "四");
    }

    @Test
    void middleDotJoinsANameButASpacedDotMayBreak() {
        List<String> name = lines("阿依古麗·買買提", 45);
        assertThat(name.stream().collect(Collectors.joining("|"))).doesNotContain("|·").doesNotContain("·|");
    }
}
