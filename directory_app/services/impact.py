"""What goes with an entry when it is deleted, counted before asking the user."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection

from directory_app.store.database import Directory


@dataclass(frozen=True)
class DeletionImpact:
    """Counts of what a delete removes with the entry (offices' own rows included)."""

    name: str
    offices: list[str] = field(default_factory=list)
    contact_points: int = 0
    affiliations: int = 0
    relations: int = 0
    other_names: int = 0
    publications: int = 0
    people_left_without_organisation: int = 0

    @property
    def is_empty(self) -> bool:
        return not (self.offices or self.contact_points or self.affiliations or self.relations
                    or self.other_names or self.publications)

    def lines(self) -> list[str]:
        """The impact in English words, one line per kind of item (empty kinds left out)."""
        counts = ((len(self.offices), "office(s)"), (self.contact_points, "contact point(s)"),
                  (self.affiliations, "people's role(s)"),
                  (self.relations, "link(s) to other organisations"),
                  (self.other_names, "other name(s)"), (self.publications, "publication(s)"))
        return [f"{n} {what}" for n, what in counts if n]


def _count(conn: Connection, sql: str, ids: list[int]) -> int:
    marks = ",".join("?" * len(ids))
    return conn.exec_driver_sql(sql.format(ids=marks), tuple(ids) * sql.count("{ids}")
                                ).scalar_one()


def deletion_impact(directory: Directory, org_id: int) -> DeletionImpact | None:
    """What `Entries.delete_org(org_id)` would delete; None if there is no such organisation."""
    with directory.begin() as conn:
        row = conn.exec_driver_sql("SELECT name FROM organisation WHERE id = ?", (org_id,)
                                   ).one_or_none()
        if row is None:
            return None
        offices = conn.exec_driver_sql(
            "SELECT id, name FROM organisation WHERE parent_id = ? ORDER BY sort_name",
            (org_id,)).all()
        ids = [org_id, *(o.id for o in offices)]
        return DeletionImpact(
            name=row.name,
            offices=[o.name for o in offices],
            contact_points=_count(conn, "SELECT count(*) FROM contactpoint WHERE org_id IN ({ids})",
                                  ids),
            affiliations=_count(conn, "SELECT count(*) FROM affiliation WHERE org_id IN ({ids})",
                                ids),
            relations=_count(conn, "SELECT count(*) FROM relation WHERE from_org_id IN ({ids}) "
                             "OR to_org_id IN ({ids})", ids),
            other_names=_count(conn, "SELECT count(*) FROM othername WHERE org_id IN ({ids})", ids),
            publications=_count(conn, "SELECT count(*) FROM publication WHERE org_id IN ({ids})",
                                ids),
            people_left_without_organisation=_count(
                conn, "SELECT count(DISTINCT a.person_id) FROM affiliation a WHERE a.org_id IN "
                "({ids}) AND NOT EXISTS (SELECT 1 FROM affiliation b WHERE "
                "b.person_id = a.person_id AND b.org_id NOT IN ({ids}))", ids),
        )


def person_deletion_impact(directory: Directory, person_id: int) -> DeletionImpact | None:
    """What `Entries.delete_person(person_id)` would delete; None if there is no such person."""
    with directory.begin() as conn:
        row = conn.exec_driver_sql("SELECT display_name FROM person WHERE id = ?", (person_id,)
                                   ).one_or_none()
        if row is None:
            return None
        return DeletionImpact(
            name=row.display_name,
            contact_points=_count(conn, "SELECT count(*) FROM contactpoint WHERE person_id IN "
                                  "({ids})", [person_id]),
            affiliations=_count(conn, "SELECT count(*) FROM affiliation WHERE person_id IN "
                                "({ids})", [person_id]),
        )
