package archfixtures.good.beta.events;

/** Fixture: an event published by module "beta". */
public record BetaHappened(String id) {
}
