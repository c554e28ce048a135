package org.cep.cases.sanctions;

import java.util.List;
import java.util.Map;

import org.cep.platform.api.ProblemException;

/**
 * The limits a sanction must keep, from etc/cep.sanctions.cfg. Defaults follow the law: a fine of an
 * individual up to CNY 100,000, of an organisation CNY 50,000 to 1,000,000, detention up to 15 days
 * (Civil Procedure Law 2023 art. 118); a blacklist term of two years, extendable by one to three years
 * for obstruction by violence or several grounds (SPC rules of 2017, art. 2). Money in fen.
 */
public record SanctionLimits(long individualFineMaxFen, long organisationFineMinFen, long organisationFineMaxFen, int detentionMaxDays,
                             int blacklistTermMonths, int blacklistExtensionMaxMonths) {
    public static final String PID = "cep.sanctions";

    public static SanctionLimits defaults() {
        return new SanctionLimits(10_000_000L, 5_000_000L, 100_000_000L, 15, 24, 36);
    }

    /** Reads the configuration; keys not given keep their default, unknown or bad values fail loudly. */
    public static SanctionLimits from(Map<String, ?> properties) {
        SanctionLimits d = defaults();
        long indMax = d.individualFineMaxFen;
        long orgMin = d.organisationFineMinFen;
        long orgMax = d.organisationFineMaxFen;
        int detention = d.detentionMaxDays;
        int term = d.blacklistTermMonths;
        int extension = d.blacklistExtensionMaxMonths;
        for (Map.Entry<String, ?> e : properties.entrySet()) {
            String v = String.valueOf(e.getValue()).trim();
            switch (e.getKey()) {
                case "fine.individual.maxFen" -> indMax = Long.parseLong(v);
                case "fine.organisation.minFen" -> orgMin = Long.parseLong(v);
                case "fine.organisation.maxFen" -> orgMax = Long.parseLong(v);
                case "detention.maxDays" -> detention = Integer.parseInt(v);
                case "blacklist.termMonths" -> term = Integer.parseInt(v);
                case "blacklist.extensionMaxMonths" -> extension = Integer.parseInt(v);
                default -> {
                    // framework keys (service.pid, felix.fileinstall.filename, ...) are not ours
                }
            }
        }
        if (indMax <= 0 || orgMin <= 0 || orgMax < orgMin || detention <= 0 || term <= 0 || extension < 0) {
            throw new IllegalArgumentException("cep.sanctions: limits must be positive and the organisation minimum at most its maximum");
        }
        return new SanctionLimits(indMax, orgMin, orgMax, detention, term, extension);
    }

    /**
     * Refuses (400, the limit in the message, nothing written) what the law does not allow for this kind
     * and party. Returns the term in months a blacklist entry gets (the standard one when none was asked
     * for, null for "until performance"), or null for other kinds.
     */
    public Integer check(SanctionKind kind, PartyType party, Long amountFen, Integer days, Integer termMonths, List<BlacklistGround> grounds) {
        if (!kind.appliesTo(party)) {
            throw ProblemException.badField("DETENTION_OF_ORGANISATION", "partyType", "单位不能被拘留；可对其主要负责人或直接责任人员（个人）提请拘留",
                    "an organisation cannot be detained; propose detention of its principal or the person responsible (an individual)");
        }
        if (kind != SanctionKind.FINE && amountFen != null) {
            throw ProblemException.badField("NOT_APPLICABLE", "amountFen", "只有罚款有金额", "only a fine has an amount");
        }
        if (kind != SanctionKind.DETENTION && days != null) {
            throw ProblemException.badField("NOT_APPLICABLE", "days", "只有拘留有天数", "only detention has days");
        }
        if (kind != SanctionKind.BLACKLIST && (termMonths != null || grounds != null && !grounds.isEmpty())) {
            throw ProblemException.badField("NOT_APPLICABLE", "termMonths", "只有失信名单有期限和事由", "only the blacklist has a term and grounds");
        }
        switch (kind) {
            case FINE -> checkFine(party, amountFen);
            case DETENTION -> {
                if (days == null) throw ProblemException.required("days");
                if (days < 1 || days > detentionMaxDays) {
                    throw ProblemException.badField("DETENTION_OUT_OF_RANGE", "days", "拘留期限须为 1 至 " + detentionMaxDays + " 日",
                            "detention must be 1 to " + detentionMaxDays + " days");
                }
            }
            case BLACKLIST -> {
                return blacklistTerm(termMonths, grounds);
            }
            default -> {
            }
        }
        return null;
    }

    private void checkFine(PartyType party, Long amountFen) {
        if (amountFen == null) throw ProblemException.required("amountFen");
        if (party == PartyType.INDIVIDUAL && (amountFen <= 0 || amountFen > individualFineMaxFen)) {
            throw ProblemException.badField("FINE_OUT_OF_RANGE", "amountFen", "对个人的罚款须大于 0 且不超过 " + yuan(individualFineMaxFen) + " 元",
                    "a fine of an individual must be above 0 and at most CNY " + yuan(individualFineMaxFen));
        }
        if (party == PartyType.ORGANISATION && (amountFen < organisationFineMinFen || amountFen > organisationFineMaxFen)) {
            throw ProblemException.badField("FINE_OUT_OF_RANGE", "amountFen", "对单位的罚款须在 " + yuan(organisationFineMinFen) + " 元至 "
                    + yuan(organisationFineMaxFen) + " 元之间", "a fine of an organisation must be CNY " + yuan(organisationFineMinFen)
                    + " to " + yuan(organisationFineMaxFen));
        }
    }

    private Integer blacklistTerm(Integer termMonths, List<BlacklistGround> grounds) {
        if (grounds == null || grounds.isEmpty()) {
            throw ProblemException.badField("FIELD_REQUIRED", "grounds", "纳入失信名单须写明事由（失信规定第一条）",
                    "a blacklist entry needs its grounds (SPC rules art. 1)");
        }
        boolean fixed = grounds.stream().anyMatch(BlacklistGround::fixedTerm);
        if (!fixed) {
            if (termMonths != null) {
                throw ProblemException.badField("BLACKLIST_TERM_NOT_ALLOWED", "termMonths", "仅因有履行能力而拒不履行纳入的，不设期限，履行后删除",
                        "an entry only for refusing while able has no term: it is removed on performance");
            }
            return null;
        }
        boolean extendable = grounds.contains(BlacklistGround.OBSTRUCTS) || grounds.stream().filter(BlacklistGround::fixedTerm).count() > 1;
        int longest = blacklistTermMonths + (extendable ? blacklistExtensionMaxMonths : 0);
        int term = termMonths == null ? blacklistTermMonths : termMonths;
        if (term < blacklistTermMonths || term > longest) {
            String why = extendable ? "（含延长最多 " + blacklistExtensionMaxMonths + " 个月）" : "（延长须因暴力、威胁妨碍执行或具有多项失信行为）";
            throw ProblemException.badField("BLACKLIST_TERM_OUT_OF_RANGE", "termMonths", "失信名单期限须为 " + blacklistTermMonths + " 至 " + longest
                    + " 个月" + why, "the blacklist term must be " + blacklistTermMonths + " to " + longest + " months"
                    + (extendable ? " (extension included)" : " (an extension needs violence, threats or several grounds)"));
        }
        return term;
    }

    static String yuan(long fen) {
        return fen % 100 == 0 ? String.format("%,d", fen / 100) : String.format("%,d.%02d", fen / 100, fen % 100);
    }
}
