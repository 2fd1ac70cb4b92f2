//! The PrivateMapKey userbuf: the binary room-permission record TRTC reads from `TLS.userbuf`,
//! laid out as the official Python library (HEAD) writes it.
//!
//! Layout, big-endian: version byte (0 numeric room, 1 string room), userID length (u16) and
//! userID (one byte per character), SDKAppID (u32), numeric room ID (u32), absolute expiry
//! (u32: issue time + expire), privilege map (u32), account type (u32, always 0), and for
//! version 1 the room name length (u16) and room name (one byte per character).

use std::fmt;

use super::UserSigError;

/// Room for a PrivateMapKey.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Room {
    /// A numeric room ID (TRTC `roomId`).
    Numeric(u32),
    /// A string room ID (TRTC `strRoomId`).
    Named(String),
}

impl fmt::Display for Room {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Numeric(id) => write!(f, "room {id}"),
            Self::Named(name) => write!(f, "room {name:?}"),
        }
    }
}

/// One bit of a PrivateMapKey's privilege map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Privilege {
    /// Bit 1 (1): create the room.
    CreateRoom,
    /// Bit 2 (2): enter the room.
    EnterRoom,
    /// Bit 3 (4): send audio.
    SendAudio,
    /// Bit 4 (8): receive audio.
    ReceiveAudio,
    /// Bit 5 (16): send video.
    SendVideo,
    /// Bit 6 (32): receive video.
    ReceiveVideo,
    /// Bit 7 (64): send the substream video (screen sharing).
    SendSubstreamVideo,
    /// Bit 8 (128): receive the substream video (screen sharing).
    ReceiveSubstreamVideo,
}

impl Privilege {
    /// All eight privileges, lowest bit first.
    pub const ALL: [Self; 8] = [
        Self::CreateRoom,
        Self::EnterRoom,
        Self::SendAudio,
        Self::ReceiveAudio,
        Self::SendVideo,
        Self::ReceiveVideo,
        Self::SendSubstreamVideo,
        Self::ReceiveSubstreamVideo,
    ];

    /// The privilege's bit in the privilege map.
    #[must_use]
    pub fn bit(self) -> u32 {
        1 << (self as u32)
    }

    /// What the privilege allows, in the TRTC documentation's words.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::CreateRoom => "create the room",
            Self::EnterRoom => "enter the room",
            Self::SendAudio => "send audio",
            Self::ReceiveAudio => "receive audio",
            Self::SendVideo => "send video",
            Self::ReceiveVideo => "receive video",
            Self::SendSubstreamVideo => "send screen sharing",
            Self::ReceiveSubstreamVideo => "receive screen sharing",
        }
    }

    /// The privileges a privilege map grants.
    #[must_use]
    pub fn from_map(map: u32) -> Vec<Self> {
        Self::ALL
            .into_iter()
            .filter(|p| map & p.bit() != 0)
            .collect()
    }
}

/// What a PrivateMapKey userbuf says, for display.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PrivateMapKeyInfo {
    /// Layout version: 0 for a numeric room, 1 for a named room.
    pub layout_version: u8,
    /// The userID recorded in the userbuf (UTF-8 if it is, otherwise one byte per character).
    pub userid: String,
    /// The SDKAppID recorded in the userbuf (its low 32 bits).
    pub sdkappid: u32,
    /// The room the key opens.
    pub room: Room,
    /// When the permission ends (Unix seconds, as recorded: 32 bits).
    pub expires_at: i64,
    /// The privilege map; see [`PrivateMapKeyInfo::privileges`].
    pub privilege_map: u32,
    /// The account type field (0 in every official library).
    pub account_type: u32,
}

impl PrivateMapKeyInfo {
    /// The privileges the privilege map grants.
    #[must_use]
    pub fn privileges(&self) -> Vec<Privilege> {
        Privilege::from_map(self.privilege_map)
    }
}

/// The PrivateMapKey userbuf for these inputs, byte-identical to the official Python library
/// with its clock at `issued_at`. Refuses what Python refuses (a character above U+00FF in the
/// userID or room name) and what it would write corruptly (more than 65535 characters, and an
/// empty room name, which Python silently turns into numeric room 0).
pub fn private_map_key_userbuf(
    sdkappid: u64,
    userid: &str,
    expire: i64,
    issued_at: i64,
    room: &Room,
    privilege_map: u32,
) -> Result<Vec<u8>, UserSigError> {
    let account = one_byte_per_char("userID", userid)?;
    let (version, room_id, room_name) = match room {
        Room::Numeric(id) => (0u8, *id, None),
        Room::Named(name) if name.is_empty() => return Err(UserSigError::PrivateMapKeyEmptyRoom),
        Room::Named(name) => (1u8, 0, Some(one_byte_per_char("room name", name)?)),
    };
    let mut buf = Vec::with_capacity(27 + account.len() + room_name.as_ref().map_or(0, Vec::len));
    buf.push(version);
    buf.extend_from_slice(&(account.len() as u16).to_be_bytes());
    buf.extend_from_slice(&account);
    // Python masks each value to its low 32 bits: the last 4 of the 8 big-endian bytes.
    buf.extend_from_slice(&sdkappid.to_be_bytes()[4..]);
    buf.extend_from_slice(&room_id.to_be_bytes());
    // Python's sum is unbounded; wrapping keeps the same low 32 bits.
    buf.extend_from_slice(&issued_at.wrapping_add(expire).to_be_bytes()[4..]);
    buf.extend_from_slice(&privilege_map.to_be_bytes());
    buf.extend_from_slice(&0u32.to_be_bytes());
    if let Some(name) = room_name {
        buf.extend_from_slice(&(name.len() as u16).to_be_bytes());
        buf.extend_from_slice(&name);
    }
    Ok(buf)
}

/// Python's `bytearray(map(ord, text))`, with its length limit made explicit.
fn one_byte_per_char(field: &'static str, text: &str) -> Result<Vec<u8>, UserSigError> {
    let bytes = text
        .chars()
        .enumerate()
        .map(|(index, character)| {
            u8::try_from(u32::from(character)).map_err(|_| UserSigError::PrivateMapKeyCharacter {
                field,
                character,
                position: index + 1,
            })
        })
        .collect::<Result<Vec<u8>, _>>()?;
    if bytes.len() > usize::from(u16::MAX) {
        return Err(UserSigError::PrivateMapKeyTooLong {
            field,
            length: bytes.len(),
        });
    }
    Ok(bytes)
}

/// Reads a userbuf as a PrivateMapKey record; `None` when it does not have that exact layout.
#[must_use]
pub fn parse_private_map_key_userbuf(buf: &[u8]) -> Option<PrivateMapKeyInfo> {
    let mut reader = Reader { rest: buf };
    let layout_version = reader.take(1)?[0];
    if layout_version > 1 {
        return None;
    }
    let account_len = usize::from(reader.u16()?);
    let userid = text_from_bytes(reader.take(account_len)?);
    let sdkappid = reader.u32()?;
    let room_id = reader.u32()?;
    let expires_at = i64::from(reader.u32()?);
    let privilege_map = reader.u32()?;
    let account_type = reader.u32()?;
    let room = if layout_version == 1 {
        let name_len = usize::from(reader.u16()?);
        Room::Named(text_from_bytes(reader.take(name_len)?))
    } else {
        Room::Numeric(room_id)
    };
    reader.rest.is_empty().then_some(PrivateMapKeyInfo {
        layout_version,
        userid,
        sdkappid,
        room,
        expires_at,
        privilege_map,
        account_type,
    })
}

/// UTF-8 when the bytes are (Go writes UTF-8), otherwise one character per byte (Python, Node).
fn text_from_bytes(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// A cursor over big-endian fields.
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, len: usize) -> Option<&'a [u8]> {
        if self.rest.len() < len {
            return None;
        }
        let (head, tail) = self.rest.split_at(len);
        self.rest = tail;
        Some(head)
    }

    fn u16(&mut self) -> Option<u16> {
        self.take(2)?.try_into().ok().map(u16::from_be_bytes)
    }

    fn u32(&mut self) -> Option<u32> {
        self.take(4)?.try_into().ok().map(u32::from_be_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_both_layouts() {
        for room in [
            Room::Numeric(4_294_967_295),
            Room::Named("adbjkl".to_owned()),
        ] {
            let buf =
                private_map_key_userbuf(1_400_000_000, "xiaojun", 300, 1_700_000_000, &room, 42)
                    .unwrap();
            let info = parse_private_map_key_userbuf(&buf).unwrap();
            assert_eq!(info.room, room);
            assert_eq!(info.userid, "xiaojun");
            assert_eq!(info.sdkappid, 1_400_000_000);
            assert_eq!(info.expires_at, 1_700_000_300);
            assert_eq!(
                info.privileges(),
                [
                    Privilege::EnterRoom,
                    Privilege::ReceiveAudio,
                    Privilege::ReceiveVideo
                ]
            );
            assert!(parse_private_map_key_userbuf(&buf[..buf.len() - 1]).is_none());
            let mut longer = buf.clone();
            longer.push(0);
            assert!(parse_private_map_key_userbuf(&longer).is_none());
        }
    }

    #[test]
    fn latin1_is_one_byte_and_wider_characters_are_refused() {
        let buf = private_map_key_userbuf(1, "é", 0, 0, &Room::Numeric(1), 255).unwrap();
        assert_eq!(&buf[..4], &[0, 0, 1, 0xe9]);
        assert_eq!(parse_private_map_key_userbuf(&buf).unwrap().userid, "é");
        let err =
            private_map_key_userbuf(1, "u", 0, 0, &Room::Named("room_中".into()), 1).unwrap_err();
        assert!(matches!(
            err,
            UserSigError::PrivateMapKeyCharacter {
                field: "room name",
                character: '中',
                position: 6
            }
        ));
        assert!(private_map_key_userbuf(1, "u", 0, 0, &Room::Named(String::new()), 1).is_err());
        let long = "a".repeat(65_536);
        assert!(private_map_key_userbuf(1, &long, 0, 0, &Room::Numeric(1), 1).is_err());
    }

    #[test]
    fn expiry_keeps_the_low_32_bits_like_python() {
        let buf = private_map_key_userbuf(1, "u", -1, 0, &Room::Numeric(1), 1).unwrap();
        assert_eq!(&buf[12..16], &[0xff, 0xff, 0xff, 0xff]);
    }
}
