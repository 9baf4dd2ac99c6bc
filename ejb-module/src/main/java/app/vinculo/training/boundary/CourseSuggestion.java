package app.vinculo.training.boundary;

import app.vinculo.training.entity.SuggestionSource;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * R5.3: a module shared by several clients with no upcoming edition, the clients behind it (at most
 * {@link #MAX_CLIENTS} listed; {@code clientCount} counts them all) and the courses covering it.
 */
public record CourseSuggestion(String moduleCode, String moduleName, List<SuggestedClient> clients,
                               List<CourseChoice> courses, int clientCount) implements Serializable {

    public static final int MAX_CLIENTS = 200;

    public record SuggestedClient(Long clientId, String clientName, Set<SuggestionSource> reasons)
            implements Serializable {
    }

    public record CourseChoice(Long courseId, String code, String title) implements Serializable {
    }

    public List<Long> clientIds() {
        return clients.stream().map(SuggestedClient::clientId).toList();
    }
}
