package org.policykg.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.policykg.quantity.Comparator.APPROX;
import static org.policykg.quantity.Comparator.EXACT;
import static org.policykg.quantity.Comparator.MAX;
import static org.policykg.quantity.Comparator.MIN;
import static org.policykg.quantity.Unit.BIT_PER_SECOND;
import static org.policykg.quantity.Unit.CNY;
import static org.policykg.quantity.Unit.CNY_PER_PERSON;
import static org.policykg.quantity.Unit.FLOPS;
import static org.policykg.quantity.Unit.INDEX;
import static org.policykg.quantity.Unit.PERCENT;
import static org.policykg.quantity.Unit.SECOND;
import static org.policykg.quantity.Unit.WATT;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** findAll over whole policy sentences: everything that is a quantity, and nothing else. */
class QuantitySentenceTest {

    private static final QuantityParser PARSER = new QuantityParser();

    @Test
    void computeTargetButNotTheYear() {
        assertFinds("到2025年底智能算力规模突破100EFLOPS",
                q("突破100EFLOPS", "1e20", FLOPS, MIN));
    }

    @Test
    void countsAndRanges() {
        assertFinds("建设3—5个大模型创新加速孵化器，形成50个具有显著成效的行业开放语料库示范应用成果",
                range("3—5个", "3", "5", "个", EXACT),
                count("50个", "50", "个", EXACT));
        assertFinds("建成30个以上工业互联网标识解析二级节点，2-3个以上国家级跨行业、跨领域工业互联网平台、"
                        + "30家以上行业或区域工业互联网平台。",
                count("30个以上", "30", "个", MIN),
                range("2-3个以上", "2", "3", "个", MIN),
                count("30家以上", "30", "家", MIN));
        assertFinds("到2023—2025年，建设10—20个示范区",
                range("10—20个", "10", "20", "个", EXACT));
    }

    @Test
    void subsidyRateBoundedOverANounPhrase() {
        assertFinds("按不超过服务合同金额的50%给予最高1000万元的资助",
                q("不超过服务合同金额的50%", "50", PERCENT, MAX),
                q("最高1000万元", "1e7", CNY, MAX));
        assertFinds("单次申领算力券金额最高不超过智能算力合同额的20%，同一企业每个自然年度累计申领和兑付算力券金额不超过200万元",
                q("最高不超过智能算力合同额的20%", "20", PERCENT, MAX),
                q("不超过200万元", "2e6", CNY, MAX));
        assertFinds("按照项目总投入的40%给予最高300万元补助",
                q("40%", "40", PERCENT, EXACT),
                q("最高300万元", "3e6", CNY, MAX));
    }

    @Test
    void maximaInOneSentence() {
        assertFinds("每年投入最高3亿元支持…，单个项目可获得最高3000万元的资助",
                q("最高3亿元", "3e8", CNY, MAX),
                q("最高3000万元", "3e7", CNY, MAX));
    }

    @Test
    void bandwidthAndLatency() {
        assertFinds("网络通信带宽达到400G以上、网络时延控制在1毫秒以内",
                q("达到400G以上", "4e11", BIT_PER_SECOND, MIN),
                q("1毫秒以内", "0.001", SECOND, MAX));
    }

    @Test
    void passiveOpticalNetworkIsATechnologyNotABandwidth() {
        assertFinds("超前部署基于50G无源光纤网络(PON)的超千兆宽带业务",
                q("超千兆", "1e9", BIT_PER_SECOND, MIN));
        assertFinds("截至8月末，具备千兆网络服务能力的10G PON端口数达2144万个",
                q("千兆", "1e9", BIT_PER_SECOND, EXACT),
                count("达2144万个", "2.144e7", "个", MIN));
    }

    @Test
    void computeSubsidyByYear() {
        assertFinds("购买算力服务年度总额达到30万元(含)以上的，按照当年实际服务费第一年50%，第二年40%，第三年30%，"
                        + "每年给予最高50万元补助",
                q("达到30万元(含)以上", "3e5", CNY, MIN),
                q("50%", "50", PERCENT, EXACT),
                q("40%", "40", PERCENT, EXACT),
                q("30%", "30", PERCENT, EXACT),
                q("最高50万元", "5e5", CNY, MAX));
    }

    @Test
    void modelVersionsAreNotQuantities() {
        assertFinds("文心大模型4.0正式发布…有42个主流大模型入驻，覆盖各行各业近500个场景",
                count("42个", "42", "个", EXACT),
                count("近500个", "500", "个", APPROX));
        assertFinds("相当于一天就可以训练出约10—20个类似ChatGPT4这种参数级别的大模型",
                range("约10—20个", "10", "20", "个", APPROX));
    }

    @Test
    void powerPerPersonAndBandwidthWords() {
        assertFinds("力争新增150万千瓦容量光伏发电终端",
                q("150万千瓦", "1.5e9", WATT, EXACT));
        assertFinds("全员劳动生产率提高至50万元/人",
                q("50万元/人", "5e5", CNY_PER_PERSON, EXACT));
        assertFinds("推动义务教育学校实现“万兆到校、百兆到班”",
                q("万兆", "1e10", BIT_PER_SECOND, EXACT),
                q("百兆", "1e8", BIT_PER_SECOND, EXACT));
        assertFinds("初步建成以5G-A和万兆光网为标志的全球双万兆城市",
                q("万兆", "1e10", BIT_PER_SECOND, EXACT));
    }

    @Test
    void telecomStatistics() {
        assertFinds("电信业务收入累计完成11417亿元，同比增长6.2%",
                q("11417亿元", "1.1417e12", CNY, EXACT),
                q("6.2%", "6.2", PERCENT, EXACT));
        assertFinds("1—8月份，三家基础电信企业完成互联网宽带业务收入为1741亿元，同比增长7.3%，"
                        + "占比较1—7月份提升0.1个百分点。",
                count("三家", "3", "家", EXACT),
                q("1741亿元", "1.741e11", CNY, EXACT),
                q("7.3%", "7.3", PERCENT, EXACT),
                q("0.1个百分点", "0.1", PERCENT, EXACT));
        assertFinds("移动互联网累计流量达1932亿GB，同比增长14.7%",
                q("14.7%", "14.7", PERCENT, EXACT));
    }

    @Test
    void targetsWithAnIndexValue() {
        assertFinds("力争到2027年，全市规上工业企业和高成长性规下工业企业均至少开展1次技术改造，累计新实施技术改造投资项目"
                        + "1万个以上，技术改造投资占全市工业投资比重提高至40%，促进全市制造业质量竞争力指数提高至92、"
                        + "全员劳动生产率提高至50万元/人、单位工业增加值能耗较2022年累计下降13%。",
                count("1次", "1", "次", EXACT),
                count("1万个以上", "1e4", "个", MIN),
                q("40%", "40", PERCENT, EXACT),
                q("92", "92", INDEX, EXACT),
                q("50万元/人", "5e5", CNY_PER_PERSON, EXACT),
                q("13%", "13", PERCENT, EXACT));
        assertFinds("埃森哲全球颠覆指数显示，2017年至2022年间，全球颠覆性指数从30分增至89分",
                q("89分", "89", INDEX, EXACT));
        assertFinds("中国企业在优化运营领域得分为58分", new Exp[0]);
    }

    @Test
    void moneyImpliedByScale() {
        assertFinds("上海加强软件定义、算力即服务等前沿领域布局，力争到2024年，形成4000亿规模的产业集群。",
                q("4000亿", "4e11", CNY, EXACT));
        assertFinds("到2024年全市数字经济核心产业产值超过2.6万亿(人民币，下同)，年均增长超过8%",
                q("超过2.6万亿", "2.6e12", CNY, MIN),
                q("超过8%", "8", PERCENT, MIN));
        // 亿 users are not money
        assertFinds("物联网终端用户规模达7亿", new Exp[0]);
    }

    @Test
    void aBoundSaidOnceCoversTheListItsItemsShare() {
        assertFinds("力争3年内支持不少于60个团队、80个项目，推动跨领域协作",
                count("不少于60个", "60", "个", MIN),
                count("80个", "80", "个", MIN));
        assertFinds("分别给予最高200万元、最高100万元奖励",
                q("最高200万元", "2e6", CNY, MAX),
                q("最高100万元", "1e6", CNY, MAX));
        // a verb of reaching is not a bound; a verb between the items ends the list
        assertFinds("达到40家企业、15个平台",
                count("达到40家", "40", "家", MIN),
                count("15个", "15", "个", EXACT));
        assertFinds("培育不少于20家企业、建设15个平台",
                count("不少于20家", "20", "家", MIN),
                count("15个", "15", "个", EXACT));
    }

    @Test
    void listItemsBorrowTheClosingUnit() {
        assertFinds("东、中、西部和东北地区5G基站分别达到146.6万、69.3万、78万、19.9万个，占比分别为29.3%、28%",
                count("达到146.6万", "1.466e6", "个", MIN),
                count("69.3万", "6.93e5", "个", EXACT),
                count("78万", "7.8e5", "个", EXACT),
                count("19.9万个", "1.99e5", "个", EXACT),
                q("29.3%", "29.3", PERCENT, EXACT),
                q("28%", "28", PERCENT, EXACT));
        assertFinds("应用于公共服务、车联网、智慧零售、智慧家居的物联网终端规模已分别达7亿、4.4亿、3.2亿、2.4亿户",
                count("达7亿", "7e8", "户", MIN),
                count("4.4亿", "4.4e8", "户", EXACT),
                count("3.2亿", "3.2e8", "户", EXACT),
                count("2.4亿户", "2.4e8", "户", EXACT));
        // 3 and 5 might be 3万 and 5万 or plain 3 and 5: an ambiguous scale is not guessed
        assertFinds("分别建设3、5、8万个",
                count("8万个", "8e4", "个", EXACT));
        // the list ends in a year, so none of it is a quantity
        assertFinds("2023、2024和2025年", new Exp[0]);
    }

    @Test
    void stockCodesAndIndexNamesAreNotQuantities() {
        assertFinds("上周(10.16-10.22，下同)第一财经数字中国100指数(下称“数字中国100”)下跌5.57%，沪深300下跌4.17%",
                q("5.57%", "5.57", PERCENT, EXACT),
                q("4.17%", "4.17", PERCENT, EXACT));
        assertFinds("券商IT概念股财富趋势(SH.688318)、指南针(SZ.300803)、大智慧(SH.601519)逆势上涨，分别上涨13%、4.6%、4%。",
                q("13%", "13", PERCENT, EXACT),
                q("4.6%", "4.6", PERCENT, EXACT),
                q("4%", "4", PERCENT, EXACT));
        assertFinds("整体看，近九成概念股下跌",
                q("近九成", "90", PERCENT, APPROX));
    }

    @Test
    void computeStatistics() {
        assertFinds("2022年基础设施算力规模达到180EFlops，位居全球第二，在用数据中心机架规模超过650万标准机架，"
                        + "已投运智能计算中心达到25个，在建智能计算中心超20个。",
                q("达到180EFlops", "1.8e20", FLOPS, MIN),
                count("达到25个", "25", "个", MIN),
                count("超20个", "20", "个", MIN));
        assertFinds("建设多元异构融合的新一代高性能计算集群，高性能算力峰值规模为100P-300P左右",
                range("100P-300P左右", "1e17", "3e17", FLOPS, APPROX));
    }

    @Test
    void theContextDecidesWhatABareLetterMeans() {
        assertFinds("支持新建(含扩容升级)100P以上人工智能算力项目", q("100P以上", "1e17", FLOPS, MIN));
        assertFinds("支持新建(含扩容升级)100P以上生产线", new Exp[0]);
        assertFinds("家庭宽带接入速率提升至1000M", q("1000M", "1e9", BIT_PER_SECOND, EXACT));
        assertFinds("型号1000M的产品", new Exp[0]);
    }

    @Test
    void numbersBrokenAcrossLines() {
        assertFinds("对获评产品给予每个 30\n万元奖励，每个给予 50 万元",
                q("30\n万元", "3e5", CNY, EXACT),
                q("50 万元", "5e5", CNY, EXACT));
        assertFinds("产值达2.6万\n亿元，新增超过\n100个，补贴30万元\r\n以上",
                q("达2.6万\n亿元", "2.6e12", CNY, MIN),
                count("超过\n100个", "100", "个", MIN),
                q("30万元\r\n以上", "3e5", CNY, MIN));
        // a blank line separates, it does not join
        assertFinds("共30\n\n万元", new Exp[0]);
    }

    @Test
    void masthead() {
        assertFinds("2023年9月22日 第38期 总第149期\n咨询电话 0851-86798090 (传真)\n邮 箱 GIDI2018@163.com\n"
                + "编辑地址 贵阳市观山湖区长岭南路160号高科一号\n07 四川省元宇宙产业发展行动计划(2023—2025年)", new Exp[0]);
    }

    @Test
    void idiomsAndProgrammeNames() {
        assertFinds("深圳积极推动人工智能赋能千行百业，实施“智赋百景”行动，共建“一带一路”，实行一企一策，"
                + "支持“双循环”，构建城市“一张图”，打造“五位一体”的综合应用场景，建立全市“1+16”数字教学系统，"
                + "加快推进“双千兆”网络建设，走进千家万户，入选国家万人计划", new Exp[0]);
    }

    // ---- helpers ----

    private record Exp(String text, String value, String upper, Unit unit, String counter, Comparator comparator) {
        String render() {
            return text + "=" + plain(value) + (upper == null ? "" : ".." + plain(upper)) + " " + unit.code()
                    + (counter == null ? "" : "[" + counter + "]") + " " + comparator;
        }

        private static String plain(String v) {
            return new BigDecimal(v).stripTrailingZeros().toPlainString();
        }
    }

    private static Exp q(String text, String value, Unit unit, Comparator c) {
        return new Exp(text, value, null, unit, null, c);
    }

    private static Exp range(String text, String low, String high, Unit unit, Comparator c) {
        return new Exp(text, low, high, unit, null, c);
    }

    private static Exp count(String text, String value, String counter, Comparator c) {
        return new Exp(text, value, null, Unit.COUNT, counter, c);
    }

    private static Exp range(String text, String low, String high, String counter, Comparator c) {
        return new Exp(text, low, high, Unit.COUNT, counter, c);
    }

    private static void assertFinds(String sentence, Exp... expected) {
        List<Quantity> found = PARSER.findAll(sentence);
        Invariants.check(sentence, found);
        assertEquals(Arrays.stream(expected).map(Exp::render).toList(),
                found.stream().map(Invariants::render).toList(), sentence);
    }
}
