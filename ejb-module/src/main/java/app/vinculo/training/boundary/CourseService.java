package app.vinculo.training.boundary;

import app.vinculo.clients.boundary.ClientModuleService;
import app.vinculo.platform.error.BusinessException;
import app.vinculo.platform.html.RichText;
import app.vinculo.platform.persistence.Entities;
import app.vinculo.platform.security.Role;
import app.vinculo.training.entity.Course;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Boundary of the course catalogue (IT RCU): the Implementation Head keeps it; everyone reads it. */
@Stateless
public class CourseService {

    @PersistenceContext(unitName = "vinculo")
    EntityManager em;

    @Inject
    ClientModuleService modules;

    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public CourseRow create(@NotNull @Valid CourseForm form) {
        Course course = new Course(form.getCode());
        if (!em.createQuery("select c.id from Course c where c.code = :code", Long.class)
                .setParameter("code", course.getCode()).getResultList().isEmpty()) {
            throw new BusinessException("course.codeTaken", course.getCode());
        }
        describe(course, form);
        em.persist(course);
        em.flush();
        return row(course);
    }

    @RolesAllowed(Role.Names.IMPLEMENTATION_HEAD)
    public CourseRow update(long id, @NotNull @Valid CourseForm form) {
        Course course = load(id);
        Entities.requireVersion(course, form.getVersion());
        describe(course, form);
        em.flush();
        return row(course);
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public CourseRow find(long id) {
        return row(load(id));
    }

    /** The catalogue by code; {@code text} matches code or title; {@code activeOnly} hides retired courses. */
    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public List<CourseRow> page(String text, boolean activeOnly, int first, int size) {
        TypedQuery<Course> q = em.createQuery("select c from Course c" + where(text, activeOnly) + " order by c.code",
                Course.class);
        bind(q, text, activeOnly);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, size), 500)).getResultList()
                .stream().map(CourseService::row).toList();
    }

    @RolesAllowed({Role.Names.CONSULTANT, Role.Names.IMPLEMENTATION_HEAD, Role.Names.PROJECT_MANAGER,
            Role.Names.RD_MANAGER, Role.Names.AUDITOR})
    public long count(String text, boolean activeOnly) {
        TypedQuery<Long> q = em.createQuery("select count(c) from Course c" + where(text, activeOnly), Long.class);
        bind(q, text, activeOnly);
        return q.getSingleResult();
    }

    private static String where(String text, boolean activeOnly) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (text != null && !text.isBlank()) {
            w.append(" and (upper(c.code) like :text or upper(c.title) like :text)");
        }
        if (activeOnly) {
            w.append(" and c.active = :yes");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, String text, boolean activeOnly) {
        if (text != null && !text.isBlank()) {
            String t = text.trim().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "");
            q.setParameter("text", "%" + (t.length() > 100 ? t.substring(0, 100) : t) + "%");
        }
        if (activeOnly) {
            q.setParameter("yes", Boolean.TRUE);
        }
    }

    private void describe(Course course, CourseForm f) {
        modules.requireKnown(f.getModules());
        course.describe(f.getTitle(), f.getModules(), RichText.clean(f.getSyllabus()),
                f.getDurationHours() == null ? 0 : f.getDurationHours(), f.getModality(), f.isActive());
    }

    private Course load(long id) {
        return Entities.require(em, Course.class, id, "course");
    }

    static CourseRow row(Course c) {
        return new CourseRow(c.getId(), c.getVersion(), c.getCode(), c.getTitle(), new TreeSet<>(c.getModules()),
                c.getSyllabus(), c.getDurationHours(), c.getModality(), c.isActive());
    }
}
