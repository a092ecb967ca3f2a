package backoffice.client.model;

/**
 * {@code GET /managed_cards/{id}/spend_rules}: the card's own rules and, read-only, those of its profile and of the
 * identity. (The deprecated top-level copy of the card level is not mapped.)
 */
public record AllLevelSpendRules(SpendRules cardLevelSpendRules, SpendRules profileLevelSpendRules,
                                 SpendRules identityLevelSpendRules) {
}
