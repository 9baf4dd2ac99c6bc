package app.vinculo.training.entity;

/** R5.3: where a topic shared by several clients was seen (a module of interest, a requirement, a visit topic). */
public enum SuggestionSource { INTEREST, REQUIREMENT, VISIT }
