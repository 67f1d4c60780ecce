//! Benchmarks of planboard (issue 9): the seeded workbook generator ([`gen`]), the cache of
//! generated inputs shared by the runner and the divan benches ([`data`]), and the work both
//! measure ([`work`]).

pub mod data;
pub mod gen;
pub mod work;
