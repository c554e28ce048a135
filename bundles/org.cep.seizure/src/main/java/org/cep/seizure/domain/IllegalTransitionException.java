package org.cep.seizure.domain;

import java.util.Objects;

/**
 * A transition that the seizure's current state does not allow. Carries both languages because
 * the message goes to officers (Chinese) and to logs/support staff (English) alike.
 */
public class IllegalTransitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final SeizureState from;
    private final SeizureTransition transition;

    public IllegalTransitionException(SeizureState from, SeizureTransition transition) {
        super(messageZh(Objects.requireNonNull(from, "from"), Objects.requireNonNull(transition, "transition"))
                + " / " + messageEn(from, transition));
        this.from = from;
        this.transition = transition;
    }

    public SeizureState from() { return from; }
    public SeizureTransition transition() { return transition; }
    public String messageZh() { return messageZh(from, transition); }
    public String messageEn() { return messageEn(from, transition); }

    private static String messageZh(SeizureState from, SeizureTransition t) {
        return "当前状态“" + from.labelZh() + "”不能执行“" + t.labelZh() + "”";
    }

    private static String messageEn(SeizureState from, SeizureTransition t) {
        return "cannot " + t.labelEn() + " while the seizure is '" + from.labelEn() + "'";
    }
}
