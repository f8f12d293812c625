#pragma once

#include <QString>

namespace idesk {

// Where a database file lives: on this computer's own disk, or on a network
// share (SMB, CIFS, NFS, ...). SQLite's locking cannot be trusted over a
// network, and its write-ahead log needs shared memory that a share cannot
// give, so a database there uses the rollback journal, and the people using
// it are told that two computers must not open it at once.
class StorageLocation
{
public:
    // The file system holding `path` (or its folder), as the system names it:
    // "ext4", "cifs", "nfs4", "NTFS"; on Windows "remote" for a network drive.
    static QString fileSystemOf(const QString &path);
    // Whether a file system of that name is reached over a network.
    static bool isNetworkFileSystem(const QString &type);
};

} // namespace idesk
