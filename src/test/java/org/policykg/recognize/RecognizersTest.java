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
        "海淀区出台政策。|",
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
    })
    void agenciesResolvedToFullNamesInContext(String text, String context, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(";"));
        assertEquals(want, agencies(text, context));
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

        List<DocumentNumberMention> ns = new DocumentNumberRecognizer().recognize(p("(鄂政办发〔2024〕7号)、沪府规[2023]12号"));
        assertEquals(List.of("鄂政办发〔2024〕7号", "沪府规〔2023〕12号"), ns.stream().map(DocumentNumberMention::number).toList());
    }
}
