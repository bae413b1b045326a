package vn.customs.staffing.domain.briefing;

/** Discipline briefings. */
public interface BriefingRepository {

    void add(Briefing briefing);
}
