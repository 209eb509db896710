package org.podium.sample;

import java.util.List;
import java.util.Random;
import org.podium.model.Person;

/**
 * Text for generated programmes: mixed Traditional Chinese and English of the lengths real
 * programmes have, with quotation marks, numbers and Latin words inside Chinese. Names are made
 * from syllables and are plainly synthetic; they are test data, not honourees.
 */
final class GeneratedText {

    private static final List<String> ZH_PHRASES = List.of(
            "賡續初心使命", "彰顯機關擔當", "在平凡崗位書寫不平凡", "追求卓越、勇爭一流",
            "服務高質量發展", "服務街道園區", "服務企業群眾", "「我為群眾辦實事」實踐活動",
            "黨史學習教育", "「真學真講、群學群講」", "爭當表率、爭做示範、走在前列",
            "以實際行動詮釋責任與擔當", "點點星光匯聚成河", "立得住、叫得響、受歡迎",
            "總投資900億元人民幣", "位列全省第4名", "2021年度優秀集體", "「一機關一品牌」創建活動",
            "傳承優良作風", "凝聚奮進力量", "把組織優勢轉化為發展動能", "兢兢業業、任勞任怨");
    private static final List<String> EN_PHRASES = List.of(
            "serving the community", "excellence in public service", "fifty years of membership",
            "the 2021 annual awards", "a new generation of volunteers", "Sino-Singapore Eco Hi-tech Island",
            "digital government services", "the spirit of responsibility", "people-centred development");
    private static final List<String> SURNAMES = List.of(
            "王", "李", "張", "劉", "陳", "楊", "黃", "趙", "吳", "周", "徐", "孫", "馬", "朱", "胡", "郭",
            "何", "林", "羅", "高", "鄭", "梁", "謝", "宋", "唐", "許", "韓", "馮", "鄧", "曹", "歐陽", "司馬");
    private static final String GIVEN = "明輝華建國文軍平志偉紅英秀蘭玉芳海濤磊靜麗強勇敏杰俊欣怡嘉寧安晨曦";
    private static final List<String> EN_FIRST = List.of(
            "Alice", "Benjamin", "Chloe", "Daniel", "Emily", "Frederick", "Grace", "Henry", "Isabella", "James");
    private static final List<String> EN_LAST = List.of(
            "Chan", "Wong", "Smith", "Lee", "Cheung", "Taylor", "Ng", "Brown", "Lau", "Harrington-Whitfield");
    private static final List<String> UNITS = List.of(
            "區發改委", "區財政局", "區稅務局機關黨委", "區編辦", "區委組織部", "區教育局", "區衛健委",
            "區住房和城鄉建設局", "區市場監督管理局", "Planning Office", "District Finance Bureau");

    private final Random random;

    GeneratedText(Random random) {
        this.random = random;
    }

    /** A heading of about 6–30 characters. */
    String heading() {
        return random.nextInt(6) == 0 ? capitalised(pick(EN_PHRASES)) : joined(1 + random.nextInt(2), "　");
    }

    /** A point or caption of about 10–80 characters. */
    String sentence() {
        if (random.nextInt(5) == 0) {
            return capitalised(pick(EN_PHRASES)) + ", " + pick(EN_PHRASES) + ".";
        }
        String zh = joined(1 + random.nextInt(4), "，");
        return random.nextInt(4) == 0 ? zh + "（" + pick(EN_PHRASES) + "）" : zh + "。";
    }

    /** A quotation of about 30–150 characters, without surrounding quotation marks. */
    String quote() {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            text.append(joined(2 + random.nextInt(3), "，")).append(i == sentences - 1 ? "！" : "。");
        }
        return text.toString();
    }

    /** Presenter notes: empty about a third of the time, otherwise one to three sentences. */
    String notes() {
        int sentences = random.nextInt(4);
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            notes.append(sentence());
        }
        return notes.toString();
    }

    /** A synthetic person: mostly a Chinese name of 2–4 characters, sometimes an English one, with a unit. */
    Person person() {
        String name;
        if (random.nextInt(8) == 0) {
            name = pick(EN_FIRST) + " " + pick(EN_LAST);
        } else {
            StringBuilder zh = new StringBuilder(pick(SURNAMES));
            int given = 1 + random.nextInt(2);
            for (int i = 0; i < given; i++) {
                zh.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
            }
            name = zh.toString();
        }
        return new Person(name, random.nextInt(10) == 0 ? "" : pick(UNITS));
    }

    private String joined(int phrases, String separator) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < phrases; i++) {
            if (i > 0) {
                text.append(separator);
            }
            text.append(pick(ZH_PHRASES));
        }
        return text.toString();
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
