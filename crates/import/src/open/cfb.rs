//! A bounded reader of OLE compound files (the container of .xls and of encrypted OOXML),
//! enough to list the streams and read one, refusing cyclic or out-of-range sector chains
//! before calamine walks them; and a scan of the BIFF workbook stream for what calamine
//! would allocate from it.

use super::{Limits, OpenError};

const FREESECT: u32 = 0xFFFF_FFFF;
const ENDOFCHAIN: u32 = 0xFFFF_FFFE;
const MAX_REGULAR: u32 = 0xFFFF_FFFA;

/// One directory entry.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    name: String,
    kind: u8,
    start: u32,
    size: u64,
}

/// The directory and allocation tables of a compound file.
pub(crate) struct CompoundFile {
    sector_size: usize,
    sector_count: u32,
    fat: Vec<u32>,
    mini_fat: Vec<u32>,
    mini_stream: Vec<u8>,
    mini_cutoff: u64,
    entries: Vec<Entry>,
}

fn corrupt(what: &str) -> OpenError {
    OpenError::Corrupt(format!("复合文档结构无效：{what}"))
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?))
}

impl CompoundFile {
    /// Parses the header, the allocation tables and the directory of `bytes`.
    pub(crate) fn parse(bytes: &[u8]) -> Result<Self, OpenError> {
        if bytes.len() < 512 {
            return Err(corrupt("文件头不完整（文件可能被截断）"));
        }
        let shift = u16_at(bytes, 0x1E).ok_or_else(|| corrupt("文件头"))?;
        let sector_size = match shift {
            9 => 512,
            12 => 4096,
            _ => return Err(corrupt("扇区大小")),
        };
        // A last sector cut short counts (Excel reads it padded with zeros).
        let sector_count = u32::try_from(
            bytes
                .len()
                .saturating_sub(sector_size)
                .div_ceil(sector_size),
        )
        .map_err(|_| corrupt("扇区数"))?;
        let mut file = Self {
            sector_size,
            sector_count,
            fat: Vec::new(),
            mini_fat: Vec::new(),
            mini_stream: Vec::new(),
            mini_cutoff: u64::from(u32_at(bytes, 0x38).unwrap_or(4096)),
            entries: Vec::new(),
        };

        // The DIFAT: 109 entries in the header, then a chain of DIFAT sectors.
        let mut fat_sectors: Vec<u32> = (0..109)
            .filter_map(|i| u32_at(bytes, 0x4C + 4 * i))
            .collect();
        let mut difat = u32_at(bytes, 0x44).unwrap_or(ENDOFCHAIN);
        let mut steps = 0;
        while difat < MAX_REGULAR {
            steps += 1;
            if steps > sector_count {
                return Err(corrupt("DIFAT 链循环"));
            }
            // A DIFAT sector past the end (a file cut short after its streams, as Excel reads
            // them): the FAT sectors it would list are not there; a stream that needs one
            // fails when it is read.
            let Ok(sector) = file.sector(bytes, difat) else {
                break;
            };
            let per = sector_size / 4 - 1;
            fat_sectors.extend((0..per).filter_map(|i| u32_at(sector, 4 * i)));
            difat = u32_at(sector, 4 * per).unwrap_or(ENDOFCHAIN);
        }
        let mut fat = Vec::new();
        for id in fat_sectors.into_iter().filter(|&id| id < MAX_REGULAR) {
            // Likewise a FAT sector past the end: the rest of the table is missing.
            let Ok(sector) = file.sector(bytes, id) else {
                break;
            };
            fat.extend((0..sector_size / 4).filter_map(|i| u32_at(sector, 4 * i)));
            if fat.len() > sector_count as usize + sector_size {
                break;
            }
        }
        file.fat = fat;

        // The directory.
        let dir_start = u32_at(bytes, 0x30).ok_or_else(|| corrupt("文件头"))?;
        let dir = file.chain_bytes(bytes, dir_start, u64::MAX)?;
        file.entries = dir
            .chunks_exact(128)
            .map(|raw| {
                let name_len = usize::from(u16_at(raw, 64).unwrap_or(0)).min(64);
                let units: Vec<u16> = (0..name_len / 2)
                    .filter_map(|i| u16_at(raw, 2 * i))
                    .take_while(|&u| u != 0)
                    .collect();
                Entry {
                    name: String::from_utf16_lossy(&units),
                    kind: raw[66],
                    start: u32_at(raw, 116).unwrap_or(ENDOFCHAIN),
                    size: if sector_size == 512 {
                        u64::from(u32_at(raw, 120).unwrap_or(0))
                    } else {
                        u64_at(raw, 120).unwrap_or(0)
                    },
                }
            })
            .collect();
        let root = file
            .entries
            .first()
            .filter(|e| e.kind == 5)
            .cloned()
            .ok_or_else(|| corrupt("缺少根目录"))?;

        // Every stream must fit in the file; chains are checked when a stream is read.
        let limit = bytes.len() as u64;
        if file.entries.iter().any(|e| e.kind == 2 && e.size > limit) {
            return Err(corrupt("数据流声明的大小超过文件大小"));
        }

        // The mini stream and its allocation table.
        let mini_fat_start = u32_at(bytes, 0x3C).unwrap_or(ENDOFCHAIN);
        if mini_fat_start < MAX_REGULAR {
            if root.size > limit {
                return Err(corrupt("迷你流过大"));
            }
            // A damaged mini stream matters only to the small streams in it: they fail when
            // read; a workbook stream of regular sectors is read whole.
            if let Ok(raw) = file.chain_bytes(bytes, mini_fat_start, u64::MAX) {
                file.mini_fat = raw.chunks_exact(4).filter_map(|c| u32_at(c, 0)).collect();
                file.mini_stream = file
                    .chain_bytes(bytes, root.start, root.size)
                    .unwrap_or_default();
            }
        }
        Ok(file)
    }

    fn sector<'a>(&self, bytes: &'a [u8], id: u32) -> Result<&'a [u8], OpenError> {
        if id >= self.sector_count {
            return Err(corrupt(&format!(
                "扇区 {id} 超出文件末尾（共 {} 个扇区，文件可能被截断）",
                self.sector_count
            )));
        }
        let start = (id as usize + 1) * self.sector_size;
        // The last sector may be cut short.
        bytes
            .get(start..(start + self.sector_size).min(bytes.len()))
            .ok_or_else(|| corrupt("扇区超出文件末尾（文件可能被截断）"))
    }

    /// The bytes of a regular sector chain, at most `len` of them; a chain that loops or
    /// leaves the file is refused.
    fn chain_bytes(&self, bytes: &[u8], start: u32, len: u64) -> Result<Vec<u8>, OpenError> {
        let mut out = Vec::new();
        let mut id = start;
        let mut steps = 0u32;
        while id != ENDOFCHAIN && (out.len() as u64) < len {
            if id == FREESECT || id >= MAX_REGULAR {
                break;
            }
            steps += 1;
            if steps > self.sector_count {
                return Err(corrupt("扇区链循环"));
            }
            let sector = self.sector(bytes, id)?;
            let want = (len - out.len() as u64).min(self.sector_size as u64) as usize;
            let have = want.min(sector.len());
            out.extend_from_slice(&sector[..have]);
            // A sector cut short at the end of the file reads as padded with zeros.
            out.resize(out.len() + (want - have), 0);
            id = *self
                .fat
                .get(id as usize)
                .ok_or_else(|| corrupt("扇区分配表不完整"))?;
        }
        Ok(out)
    }

    fn mini_chain_bytes(&self, start: u32, len: u64) -> Result<Vec<u8>, OpenError> {
        let mut out = Vec::new();
        let mut id = start;
        let mut steps = 0usize;
        while id != ENDOFCHAIN && (out.len() as u64) < len {
            steps += 1;
            if steps > self.mini_fat.len() + 1 {
                return Err(corrupt("迷你扇区链循环"));
            }
            let at = id as usize * 64;
            let sector = self
                .mini_stream
                .get(at..at + 64)
                .ok_or_else(|| corrupt("迷你扇区超出范围"))?;
            let want = (len - out.len() as u64).min(64) as usize;
            out.extend_from_slice(&sector[..want]);
            id = *self
                .mini_fat
                .get(id as usize)
                .ok_or_else(|| corrupt("迷你扇区分配表不完整"))?;
        }
        Ok(out)
    }

    /// Whether a stream or storage of that name exists (case-insensitive, as calamine).
    pub(crate) fn has_stream(&self, name: &str) -> bool {
        self.find(name).is_some()
    }

    /// The entry of that name.
    pub(crate) fn find(&self, name: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.kind != 0 && e.name.eq_ignore_ascii_case(name))
    }

    /// A stream's bytes; it must be as long as its entry says.
    pub(crate) fn read_stream(&self, bytes: &[u8], entry: &Entry) -> Result<Vec<u8>, OpenError> {
        let data = if entry.size < self.mini_cutoff {
            self.mini_chain_bytes(entry.start, entry.size)?
        } else {
            self.chain_bytes(bytes, entry.start, entry.size)?
        };
        if (data.len() as u64) < entry.size {
            return Err(corrupt("数据流不完整（文件可能被截断）"));
        }
        Ok(data)
    }
}

/// Scans a BIFF workbook stream: `FILEPASS` means a password; each sheet's `DIMENSIONS`
/// (calamine reserves room for that many cells) and the span of its cell records (calamine
/// allocates the dense range over it) must be within the limits.
pub(crate) fn scan_biff(stream: &[u8], limits: &Limits) -> Result<(), OpenError> {
    let mut at = 0usize;
    let mut depth = 0u32;
    let mut cells: u64 = 0;
    let mut span: Option<((u32, u32), (u32, u32))> = None;
    while at + 4 <= stream.len() {
        let typ = u16_at(stream, at).unwrap_or(0);
        let len = usize::from(u16_at(stream, at + 2).unwrap_or(0));
        let data = stream
            .get(at + 4..(at + 4 + len).min(stream.len()))
            .unwrap_or(&[]);
        at += 4 + len;
        match typ {
            0x0809 => {
                if depth == 0 {
                    span = None;
                }
                depth += 1;
            }
            0x000A => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    check_span(span, limits)?;
                }
            }
            0x002F if u16_at(data, 0).unwrap_or(0) != 0 => {
                return Err(OpenError::PasswordProtected)
            }
            0x0200 => check_dimensions(data, limits)?,
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 | 0x00BD => {
                let (Some(row), Some(col)) = (u16_at(data, 0), u16_at(data, 2)) else {
                    continue;
                };
                let last_col = if typ == 0x00BD {
                    u16_at(data, data.len().saturating_sub(2)).unwrap_or(col)
                } else {
                    col
                };
                cells += u64::from(last_col.saturating_sub(col)) + 1;
                if cells > limits.max_cells {
                    return Err(OpenError::TooLarge(format!(
                        "非空单元格超过 {} 个",
                        limits.max_cells
                    )));
                }
                let (row, lo, hi) = (u32::from(row), u32::from(col), u32::from(last_col.max(col)));
                span = Some(match span {
                    None => ((row, lo), (row, hi)),
                    Some((a, b)) => ((a.0.min(row), a.1.min(lo)), (b.0.max(row), b.1.max(hi))),
                });
            }
            _ => {}
        }
    }
    check_span(span, limits)
}

fn check_span(span: Option<((u32, u32), (u32, u32))>, limits: &Limits) -> Result<(), OpenError> {
    if let Some((lo, hi)) = span {
        let area = (u64::from(hi.0 - lo.0) + 1) * (u64::from(hi.1 - lo.1) + 1);
        if area > limits.max_area {
            return Err(OpenError::TooLarge(format!(
                "工作表使用区域有 {area} 个单元格，超过上限 {}",
                limits.max_area
            )));
        }
    }
    Ok(())
}

/// Mirrors calamine's reading of `DIMENSIONS` and the room it reserves.
fn check_dimensions(r: &[u8], limits: &Limits) -> Result<(), OpenError> {
    let (rf, rl, mut cf, cl) = match r.len() {
        10 => (
            u32::from(u16_at(r, 0).unwrap_or(0)),
            u32::from(u16_at(r, 2).unwrap_or(0)),
            u32::from(u16_at(r, 4).unwrap_or(0)),
            u32::from(u16_at(r, 6).unwrap_or(0)),
        ),
        14 | 16 => (
            u32_at(r, 0).unwrap_or(0),
            u32_at(r, 4).unwrap_or(0),
            u32::from(u16_at(r, 8).unwrap_or(0)),
            u32::from(u16_at(r, 10).unwrap_or(0)),
        ),
        // calamine refuses other lengths itself.
        _ => return Ok(()),
    };
    if 0xFF < cf || cl < cf {
        cf = 0;
    }
    let (start, end) = if rl >= 1 && cl >= 1 {
        ((rf, cf), (rl - 1, cl - 1))
    } else {
        ((rf, cf), (rf, cf))
    };
    let (Some(rows), Some(cols)) = (
        end.0.checked_sub(start.0).map(|n| u64::from(n) + 1),
        end.1.checked_sub(start.1).map(|n| u64::from(n) + 1),
    ) else {
        return Err(corrupt("工作表尺寸记录无效"));
    };
    let area = rows * cols;
    if area > limits.max_area {
        return Err(OpenError::TooLarge(format!(
            "工作表声明的尺寸有 {area} 个单元格，超过上限 {}",
            limits.max_area
        )));
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn record(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut out = typ.to_le_bytes().to_vec();
        out.extend_from_slice(&(data.len() as u16).to_le_bytes());
        out.extend_from_slice(data);
        out
    }

    fn number(row: u16, col: u16) -> Vec<u8> {
        let mut data = row.to_le_bytes().to_vec();
        data.extend_from_slice(&col.to_le_bytes());
        data.extend_from_slice(&[0; 10]);
        record(0x0203, &data)
    }

    fn sheet(body: &[Vec<u8>]) -> Vec<u8> {
        let mut out = record(0x0809, &[0; 16]);
        for r in body {
            out.extend_from_slice(r);
        }
        out.extend(record(0x000A, &[]));
        out
    }

    fn dimensions(rf: u32, rl: u32, cf: u16, cl: u16) -> Vec<u8> {
        let mut data = rf.to_le_bytes().to_vec();
        data.extend_from_slice(&rl.to_le_bytes());
        data.extend_from_slice(&cf.to_le_bytes());
        data.extend_from_slice(&cl.to_le_bytes());
        data.extend_from_slice(&[0, 0]);
        record(0x0200, &data)
    }

    #[test]
    fn ordinary_sheet_passes() {
        let stream = sheet(&[dimensions(0, 100, 0, 11), number(0, 0), number(99, 10)]);
        assert!(scan_biff(&stream, &Limits::default()).is_ok());
    }

    #[test]
    fn filepass_is_a_password() {
        let stream = [record(0x002F, &[1, 0, 0, 0]), sheet(&[number(0, 0)])].concat();
        assert!(matches!(
            scan_biff(&stream, &Limits::default()),
            Err(OpenError::PasswordProtected)
        ));
    }

    #[test]
    fn huge_or_inverted_dimensions_are_refused() {
        let huge = sheet(&[dimensions(0, u32::MAX, 0, 256)]);
        assert!(matches!(
            scan_biff(&huge, &Limits::default()),
            Err(OpenError::TooLarge(_))
        ));
        let inverted = sheet(&[dimensions(500, 10, 0, 5)]);
        assert!(matches!(
            scan_biff(&inverted, &Limits::default()),
            Err(OpenError::Corrupt(_))
        ));
    }

    #[test]
    fn cells_far_apart_are_refused() {
        let stream = sheet(&[number(0, 0), number(65_535, 255)]);
        assert!(matches!(
            scan_biff(&stream, &Limits::default()),
            Err(OpenError::TooLarge(_))
        ));
    }
}
