package org.policykg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykg.reference.AgencyDirectory;
import org.policykg.reference.Gazetteer;
import org.policykg.reference.Region;
import org.policykg.segment.Paragraph;
import org.policykg.text.MappedText;

/** The recognisers on sentences written for the tests: how policy text names things. */
class RecognizersTest {
    private static final Gazetteer GAZ = Gazetteer.get();
    private static final RegionRecognizer REGIONS = new RegionRecognizer(GAZ);
    private static final AgencyRecognizer AGENCIES = new AgencyRecognizer(GAZ, AgencyDirectory.get());

    private static Paragraph p(String s) {
        return new Paragraph(0, Paragraph.Role.BODY, 0, MappedText.identity(s, 0), List.of(), List.of());
    }

    private static String regions(String s) {
        return REGIONS.recognize(List.of(p(s))).stream().map(m -> m.region().code()).distinct().sorted()
                .collect(Collectors.joining(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "江苏省与浙江省签署合作协议。|320000,330000",
        "苏州、无锡等地加快布局。|320200,320500",
        "内蒙古和广西出台措施。|150000,450000",
        "京津冀协同发展。|110000,120000,130000",
        "粤港澳大湾区建设。|440000,810000,820000",
        "沪深300指数下跌。|",
        "阿里云发布大模型。|",
        "朝阳产业蓬勃发展。|",
        "大理石材料出口增长。|",
        "北京市海淀区出台政策。|110000,110108",
        "海淀区出台政策。|110108", // no other division is named 海淀区
        "鼓楼区出台政策。|", // six cities have a 鼓楼区: it needs its city
        "江西南昌举办大会。|360000,360100",
        "申城的算力布局。|310000",
        "海南、宁夏和云南的流量增长。|460000,530000,640000",
    })
    void regionsByFullShortNicknameAndCompound(String text, String expected) {
        assertEquals(expected == null ? "" : expected, regions(text));
    }

    @Test
    void countyNamesNeedTheirCityInTheDocument() {
        List<RegionMention> ms = REGIONS.recognize(List.of(p("成都市加快发展。"), p("武侯区、高新区先行先试。")));
        assertTrue(ms.stream().anyMatch(m -> m.region().code().equals("510107")), ms.toString());
    }

    private static List<String> agencies(String s, String contextCode) {
        Region ctx = contextCode == null ? null : GAZ.byCode(contextCode);
        return AGENCIES.recognize(p(s), ctx).stream().map(m -> m.agency().name()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "湖南省工业和信息化厅印发通知。|-|湖南省工业和信息化厅",
        "市经济和信息化局负责。|440100|广州市经济和信息化局",
        "市经济和信息化局负责。|-|",
        "省发展改革委、科技厅、财政厅按职责分工负责。|430000|湖南省发展和改革委员会;湖南省科学技术厅;湖南省财政厅",
        "省委宣传部牵头。|370000|中共山东省委宣传部",
        "长沙市、株洲市人民政府配合。|430000|长沙市人民政府;株洲市人民政府",
        "人行湖北省分行、湖北证监局参与。|420000|中国人民银行湖北省分行;中国证券监督管理委员会湖北监管局",
        "各区人民政府、相关区政府、市相关部门配合。|500000|",
        "市国资委负责。|120000|天津市人民政府国有资产监督管理委员会",
        "工信部、国家发展改革委联合印发。|-|工业和信息化部;国家发展和改革委员会",
        "加强教育部署和商务部门协调。|-|",
        "省发改委(数字办)牵头。|350000|福建省发展和改革委员会",
        "市政府办公厅印发。|330100|杭州市人民政府办公厅",
        "江宁区人民政府、溧水县人民政府负责。|320100|南京市江宁区人民政府",
        "海淀区政府牵头。|110000|北京市海淀区人民政府",
        "市数据资源局牵头。|340100|合肥市数据资源局",
        "省委机要局、省档案局、省信访局、省机关事务局、省药监局负责。|230000|中共黑龙江省委机要局;黑龙江省档案局;黑龙江省信访局;黑龙江省机关事务管理局;黑龙江省药品监督管理局",
        "省委国安办、省委保密办、省应急厅配合。|230000|中共黑龙江省委国家安全委员会办公室;中共黑龙江省委保密委员会办公室;黑龙江省应急管理厅",
        "省法院、省检察院、省税务局配合。|620000|甘肃省高级人民法院;甘肃省人民检察院;国家税务总局甘肃省税务局",
        "抄送：市纪委，市人大常委会办公厅，市政协办公厅，市法院。|510100|中共成都市纪律检查委员会;成都市人民代表大会常务委员会办公厅;中国人民政治协商会议成都市委员会办公厅;成都市中级人民法院",
        "市人力社保局、市投资促进局、市文化广电旅游局、市城管局参与。|450100|南宁市人力资源和社会保障局;南宁市投资促进局;南宁市文化广电旅游局;南宁市城市管理局",
        "在福建省第十四届人民代表大会第二次会议上|-|福建省人民代表大会",
        "在省十四届人大三次会议上，向省政协委员报告。|430000|湖南省人民代表大会",
        "在省委坚强领导下，深入推进改革。|360000|中共江西省委",
        "贯彻落实市委、市政府部署，落实市委市政府要求。|410100|中共郑州市委;郑州市人民政府;中共郑州市委;郑州市人民政府",
        "根据《中共安徽省委关于深化改革的决定》|-|中共安徽省委",
        "兵团发展改革委、新疆生产建设兵团工业和信息化局负责。|-|新疆生产建设兵团发展和改革委员会;新疆生产建设兵团工业和信息化局",
        "无锡高新区、无锡经开区管委会，广州南沙经济技术开发区管理委员会。|320200|无锡高新技术产业开发区管理委员会;无锡经济技术开发区管理委员会;广州南沙经济技术开发区管理委员会",
        "各市政府、省长春新区管委会，甘肃省兰州新区管委会。|220000|长春新区管理委员会;兰州新区管理委员会",
        "各开发区管委会、园区管委会负责。|320200|",
        "证监会与金管局联合发布，立法会通过。|810000|证券及期货事务监察委员会;香港金融管理局;香港特别行政区立法会",
        "证监会发布通知。|-|中国证券监督管理委员会",
        "经济部与国发会、国科会会商。|-|经济部;国家发展委员会;国家科学及技术委员会",
        "天津市工业和信息化局办公室印发。|-|天津市工业和信息化局办公室",
    })
    void agenciesResolvedToFullNamesInContext(String text, String context, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertEquals(want, agencies(text, context));
    }

    @Test
    void districtsOfACityContext() {
        Paragraph p = p("经区委、区政府批准，由区发展改革委、区新型工业化推进办公室负责。");
        assertEquals(List.of("中共上海市闵行区委", "上海市闵行区人民政府", "上海市闵行区发展和改革委员会", "上海市闵行区新型工业化推进办公室"),
                AGENCIES.recognize(p, GAZ.byCode("310000"), GAZ.byCode("310112")).stream().map(m -> m.agency().name()).toList());
        assertEquals(List.of(), AGENCIES.recognize(p, GAZ.byCode("310000"), null).stream().map(m -> m.agency().name()).toList());
    }

    @Test
    void aMinistrysAdministrationNamesTheMinistryToo() {
        assertEquals(List.of("数位发展部数位产业署", "数位发展部"),
                agencies("数位发展部数位产业署公告。", null));
    }

    @Test
    void titlesDatesAndNumbers() {
        TitleRecognizer titles = new TitleRecognizer();
        List<TitleMention> ts = titles.recognize(p("某市印发《某市算力券管理办法(试行)》和《方案》，引用《数字中国》一书。"));
        assertEquals(List.of(TitleMention.Kind.POLICY, TitleMention.Kind.GENERIC, TitleMention.Kind.OTHER),
                ts.stream().map(TitleMention::kind).toList());
        List<TitleMention> unbracketed = titles.recognize(p("某市经济和信息化局日前印发数据券实施细则的通知。"));
        assertEquals("数据券实施细则", unbracketed.get(0).title());
        assertEquals(TitleMention.Kind.REPORT, TitleRecognizer.classify("中国算力发展指数白皮书(2023年)"));

        List<DateMention> ds = new DateRecognizer().recognize(p("2024年2月5日印发，9月19日施行，2023-10-22发布，13月40日无效。"));
        assertEquals(3, ds.size());
        assertEquals(0, ds.get(1).year());

        // A 题注 in Chinese numerals with a four-digit year is a date; 一月 alone, or a year without 〇, is not read so.
        List<DateMention> han = new DateRecognizer().recognize(p("——二〇二六年一月二十六日在某省会议上，二〇一九年十二月三十一日施行，一月二十日开幕，二〇二五年二月三十日无效"));
        assertEquals(List.of("2026-1-26", "2019-12-31"), han.stream().map(d -> d.year() + "-" + d.month() + "-" + d.day()).toList());
        assertEquals(2, han.get(0).range().start());
        assertEquals(2026, DateRecognizer.hanNumber("二〇二六"));
        assertEquals(27, DateRecognizer.hanNumber("二十七"));
        assertEquals(-1, DateRecognizer.hanNumber("二x"));

        // National laws and central rules cited bare: the verb or particle before, not a longer word or text after.
        List<String> bare = titles.recognize(p("严格执行网络安全法，落实中华人民共和国增值税法，深入贯彻中央八项规定精神，"
                + "研究制定自治区实施民营经济促进法办法，提升公司法人治理水平，出台自治区宗教事务条例，依照《数据安全法》。"))
                .stream().map(TitleMention::title).toList();
        // (the texts made after 制定/出台 are issuance mentions, which the policy concern reads as still to be made)
        assertEquals(List.of("数据安全法", "自治区实施民营经济促进法办法", "自治区宗教事务条例", "网络安全法", "中华人民共和国增值税法",
                "中央八项规定"), bare);

        List<DocumentNumberMention> ns = new DocumentNumberRecognizer().recognize(p("(鄂政办发〔2024〕7号)、沪府规[2023]12号"));
        assertEquals(List.of("鄂政办发〔2024〕7号", "沪府规〔2023〕12号"), ns.stream().map(DocumentNumberMention::number).toList());
    }
}
