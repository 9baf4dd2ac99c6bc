package app.vinculo.training.boundary;

/** How to pick contacts to invite: of one client, key users of the course's modules, or clients interested in them. */
public enum CandidateSource {
    CLIENT, KEY_USERS, INTERESTED_CLIENTS
}
