//! Named code ranges: a global label definition, or a dynamic label named through
//! [`Assembler::name_dynamic_label`](crate::Assembler::name_dynamic_label), starts a range that
//! ends where the next one starts or at the end of the committed code.

use crate::labels::{DynamicLabel, LabelRegistry, UNDEFINED};
use std::collections::HashMap;

/// One named piece of committed code: `[start, end)` in assembly offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Range<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) name: &'a str,
}

/// Every range start the registry knows: its global labels, and the dynamic labels in `named`
/// that are defined; sorted by offset. At one offset the last start wins (globals come before
/// named dynamic labels, so an explicit name wins over a global label).
pub(crate) fn starts<'a>(
    registry: &'a LabelRegistry,
    named: &'a HashMap<DynamicLabel, Box<str>>,
) -> Vec<(usize, &'a str)> {
    let mut starts: Vec<(usize, &str)> = registry
        .globals
        .entries
        .iter()
        .filter(|e| e.offset != UNDEFINED)
        .map(|e| (e.offset, e.name))
        .collect();
    starts.sort_by_key(|&(offset, _)| offset);
    let mut dynamic: Vec<(usize, usize, &str)> = named
        .iter()
        .filter_map(|(id, name)| match registry.dynamics.get(id.0) {
            Some(&offset) if offset != UNDEFINED => Some((offset, id.0, &**name)),
            _ => None,
        })
        .collect();
    // By offset, then by label id: of two named labels at one offset the later one wins.
    dynamic.sort_unstable_by_key(|&(offset, id, _)| (offset, id));
    starts.extend(dynamic.into_iter().map(|(offset, _, name)| (offset, name)));
    // Stable: for one offset, globals stay before dynamic names, each in its own order.
    starts.sort_by_key(|&(offset, _)| offset);
    starts
}

/// The named ranges that cover `[from, end)`, cut at `from` and `end`: the range that starts
/// at or before `from` (if any) continues from `from`; code before the first start is unnamed
/// and not listed. Empty ranges are left out.
pub(crate) fn ranges<'a>(starts: &[(usize, &'a str)], from: usize, end: usize) -> Vec<Range<'a>> {
    let mut out = Vec::new();
    // The last start at or before `from`, then every start inside (from, end).
    let first = starts.partition_point(|&(offset, _)| offset <= from);
    let mut current: Option<(usize, &str)> = first.checked_sub(1).map(|i| (from, starts[i].1));
    for &(offset, name) in &starts[first..] {
        if offset >= end {
            break;
        }
        if let Some((start, name)) = current {
            if offset > start {
                out.push(Range {
                    start,
                    end: offset,
                    name,
                });
            }
        }
        current = Some((offset, name));
    }
    if let Some((start, name)) = current {
        if end > start {
            out.push(Range { start, end, name });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(start: usize, end: usize, name: &str) -> Range<'_> {
        Range { start, end, name }
    }

    #[test]
    fn cut_at_starts_and_bounds() {
        let s = [(4, "a"), (10, "b"), (10, "c"), (20, "d")];
        assert_eq!(
            ranges(&s, 0, 30),
            [r(4, 10, "a"), r(10, 20, "c"), r(20, 30, "d")]
        );
        // A later commit continues the range that started before it.
        assert_eq!(ranges(&s, 12, 25), [r(12, 20, "c"), r(20, 25, "d")]);
        assert_eq!(ranges(&s, 0, 4), []);
        assert_eq!(ranges(&s, 4, 4), []);
        assert_eq!(ranges(&[], 0, 8), []);
        // A start at the end of the code names nothing yet.
        assert_eq!(ranges(&s, 0, 10), [r(4, 10, "a")]);
        assert_eq!(ranges(&s, 10, 11), [r(10, 11, "c")]);
    }
}
