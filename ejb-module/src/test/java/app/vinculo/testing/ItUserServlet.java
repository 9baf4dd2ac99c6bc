package app.vinculo.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Test-only endpoint of the restart test's deployments: creates a user with an e-mail address. */
@WebServlet("/it/users")
public class ItUserServlet extends HttpServlet {

    @Inject
    ReminderProbe probe;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        probe.createUser(name, name + "@example.com", "es");
        response.setStatus(201);
        response.getWriter().write("created " + name);
    }
}
