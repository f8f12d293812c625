#pragma once

#include "scheduling/SchedulingInput.h"
#include "util/Result.h"

namespace idesk {
class Database;
}

// The multi-academy trusts the benchmarks measure, generated the same way on
// every run (fixed seeds), at any size.
namespace bench {

// A trust planning the academic year starting `yearStart`: `schools`
// schools of `pairings` pairings each (mentors with one or two mentees; ECTs
// in year one and two, two trainees on placement), everyone on a two-week
// timetable of five lessons a day, some part-time.
idesk::SchedulingInput schedulingTrust(int schools, int pairings, QDate yearStart);

// A trust's database with years of history: `ects` ECTs in induction on
// `today` and the cohorts before them (six cohorts in all, one starting each
// September), each with their mentor, a two-week timetable for everyone
// current, term dates for every year, and every session of every induction:
// held, missed or cancelled before `today`, planned after it.
idesk::Status buildTrustDatabase(idesk::Database &db, int ects, QDate today,
                                 int *sessions = nullptr);

} // namespace bench
