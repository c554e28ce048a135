package org.cep.seizure.domain;

/**
 * Events that move a live seizure between states. English labels are verb phrases so that
 * {@link IllegalTransitionException} can read "cannot &lt;label&gt; while ...".
 */
public enum SeizureTransition {
    /** Officer confirms the on-site inventory and the agreement; the seizure takes effect. */
    ACTIVATE("确认活封", "activate the seizure"),
    /** Debtor reports a planned sale in advance, as the agreement requires. */
    REPORT_SALE("报告出售", "report a sale"),
    APPROVE_SALE("批准出售", "approve the sale"),
    /** Court refuses the reported sale (price too low, wrong buyer...); stock stays seized. */
    REJECT_SALE("驳回出售", "reject the sale"),
    /** Officers attended weighing and loading; the buyer owes the court account. */
    RECORD_SALE("记录成交", "record the sale"),
    /** Buyer's payment arrived in the court's enforcement account. */
    RECEIVE_PROCEEDS("确认价款到账", "receive the proceeds"),
    /**
     * Lift the seizure: after proceeds arrived; from active when the debt is covered in another
     * way; from proposed it means the proposal is withdrawn.
     */
    RELEASE("解除查封", "release the seizure"),
    /** Count dropped, or stock moved, without a report. */
    FLAG_VIOLATION("认定违规", "flag a violation"),
    RESOLVE_VIOLATION("违规已纠正", "resolve the violation"),
    /** Legal period expired without a renewal (续行查封); priority is lost. */
    LAPSE("查封失效", "let the seizure lapse"),
    /** A sale of part of the stock: the rest stays seized and supervised. */
    RECORD_PARTIAL_SALE("记录分批成交", "record a sale of part of the stock"),
    /** 轮候查封生效: the seizure it waited behind ended. */
    TAKE_EFFECT("轮候查封生效", "let the waiting seizure take effect");

    private final String labelZh;
    private final String labelEn;

    SeizureTransition(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() { return labelZh; }
    public String labelEn() { return labelEn; }
}
