package tw.huixiao.policy.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tw.huixiao.policy.newtaipei.NewTaipeiPolicy;
import tw.huixiao.policy.spi.CountyCode;
import tw.huixiao.policy.spi.CountyPolicy;
import tw.huixiao.policy.spi.RuleId;
import tw.huixiao.policy.tainan.TainanPolicy;
import tw.huixiao.policy.taoyuan.TaoyuanPolicy;
import tw.huixiao.policy.yunlin.YunlinPolicy;

/**
 * The four county modules against ../shared/policy-reference.md (issue: "a test proves every
 * rule id in sections 0–4 is encoded by the module that owns it") and against the documents
 * (what a step quotes as the document's words is in the document).
 */
class PolicyReferenceConformanceTest {

    private static final Map<Integer, Set<String>> REFERENCE = PolicyReference.ruleIdsBySection();

    static Stream<Arguments> modules() {
        return Stream.of(
                Arguments.of(new TaoyuanPolicy(), 1, CountyCode.TAOYUAN, "000_12caaa19ab8fdfc2.txt"),
                Arguments.of(new NewTaipeiPolicy(), 2, CountyCode.NEW_TAIPEI, "001_5b9f55f8057cb609.txt"),
                Arguments.of(new YunlinPolicy(), 3, CountyCode.YUNLIN, "003_5ee779bdb1e9dcba.txt"),
                Arguments.of(new TainanPolicy(), 4, CountyCode.TAINAN, "004_265ad16db3e0da3f.txt"));
    }

    private static Set<String> encoded(CountyPolicy policy) {
        return policy.encodedRules().stream().map(RuleId::toString).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theReferenceHasItsFiveSections() {
        assertEquals(Set.of(0, 1, 2, 3, 4), REFERENCE.keySet());
        assertEquals(Set.of("TW-DROPOUT", "TW-LONG-ABSENCE", "TW-PENALTY", "TW-ZERO-REJECT", "TW-TIERS"),
                REFERENCE.get(0));
        assertTrue(REFERENCE.get(4).contains("TN-F-NO-CENTRE-FEE"), REFERENCE.get(4).toString());
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("modules")
    void everyRuleOfSectionZeroAndOfItsOwnSectionIsEncoded(CountyPolicy policy, int section, CountyCode county,
                                                          String seed) {
        Set<String> missing = new TreeSet<>(REFERENCE.get(0));
        missing.addAll(REFERENCE.get(section));
        missing.removeAll(encoded(policy));
        assertEquals(Set.of(), missing, county + " does not encode these rules of policy-reference.md");
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("modules")
    void nothingIsEncodedThatTheReferenceDoesNotHave(CountyPolicy policy, int section, CountyCode county,
                                                    String seed) {
        Set<String> invented = encoded(policy);
        invented.removeAll(REFERENCE.get(0));
        invented.removeAll(REFERENCE.get(section));
        assertEquals(Set.of(), invented, county + " encodes rule ids that are not in its sections");
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("modules")
    void whatAStepQuotesAsTheDocumentsWordsIsInTheDocument(CountyPolicy policy, int section, CountyCode county,
                                                          String seed) {
        String document = PolicyReference.seedWithoutSpaces(seed);
        List<String> notFound = policy.timeline().steps().stream()
                .filter(s -> s.sourceIfAny().isPresent() && !s.ruleId().toString().startsWith("TW-"))
                .flatMap(s -> PolicyReference.fragments(s.sourceIfAny().orElseThrow()).stream()
                        .filter(fragment -> !PolicyReference.quotes(document, fragment)).map(fragment -> s.ruleId() + ": " + fragment))
                .toList();
        assertEquals(List.of(), notFound, county + ": quotes not found verbatim in " + seed);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("modules")
    void everyStepOfTheCountyQuotesTheDocument(CountyPolicy policy, int section, CountyCode county, String seed) {
        List<String> unquoted = policy.timeline().steps().stream()
                .filter(s -> s.sourceIfAny().isEmpty() && !s.ruleId().toString().startsWith("TW-"))
                .map(s -> s.ruleId().toString()).toList();
        assertEquals(List.of(), unquoted, county + ": steps without the document's words");
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("modules")
    void everyAgencyOfTheDirectoryIsNamedByTheDocument(CountyPolicy policy, int section, CountyCode county,
                                                       String seed) {
        String document = PolicyReference.seedWithoutSpaces(seed);
        List<String> problems = new java.util.ArrayList<>();
        for (var agency : policy.agencies()) {
            if (agency.sourceIfAny().isEmpty()) {
                problems.add(agency.id() + ": no words of the document");
                continue;
            }
            PolicyReference.fragments(agency.sourceIfAny().orElseThrow()).stream()
                    .filter(fragment -> !PolicyReference.quotes(document, fragment))
                    .forEach(fragment -> problems.add(agency.id() + ": " + fragment));
            agency.contactIfAny().map(PolicyReference::withoutSpaces)
                    .map(contact -> contact.replaceAll("[^0-9-]+", " ").strip().split(" "))
                    .ifPresent(numbers -> java.util.Arrays.stream(numbers).filter(n -> n.length() >= 3)
                            .filter(n -> !document.contains(n))
                            .forEach(n -> problems.add(agency.id() + ": contact " + n + " is not in the document")));
        }
        assertTrue(!policy.agencies().isEmpty(), county + " names agencies; its directory is empty");
        assertEquals(List.of(), problems, county + ": agencies the document does not name as quoted");
    }

    @Test
    void eachCountyIsServedByExactlyOneModuleOnTheClassPath() {
        List<CountyPolicy> found = ServiceLoader.load(CountyPolicy.class).stream().map(ServiceLoader.Provider::get)
                .toList();
        for (CountyCode county : List.of(CountyCode.TAOYUAN, CountyCode.NEW_TAIPEI, CountyCode.YUNLIN,
                CountyCode.TAINAN)) {
            assertEquals(1, found.stream().filter(p -> p.identity().counties().contains(county)).count(),
                    county.toString());
        }
    }
}
