using System.Globalization;

namespace MatTran.DevServers;

/// <summary>
/// Who listens on a loopback port, read from Linux's <c>/proc</c>: a TCP connect alone cannot tell our server from a
/// stranger that took the port first.
/// </summary>
internal static class ListeningSockets
{
    /// <summary>
    /// True when one of the process's open files is a socket listening on the port, false when none is, and null
    /// where that cannot be known (not Linux, or /proc is not readable).
    /// </summary>
    public static bool? IsHeldBy(int processId, int port)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var listening = ListeningSocketInodes(port);
        try
        {
            return Directory.EnumerateFileSystemEntries($"/proc/{processId}/fd").Any(fd => listening.Contains(LinkTarget(fd)));
        }
        catch (DirectoryNotFoundException)
        {
            return false; // The process has exited.
        }
        catch (UnauthorizedAccessException)
        {
            return null; // /proc is locked down here: fall back to trusting the connect.
        }
    }

    private static string LinkTarget(string fd)
    {
        try
        {
            return new FileInfo(fd).LinkTarget ?? "";
        }
        catch (IOException)
        {
            return ""; // Closed while we read the list.
        }
    }

    /// <summary>
    /// The sockets in LISTEN state on the port, as <c>socket:[inode]</c> (how <c>/proc/PID/fd</c> links name them).
    /// Rows of <c>/proc/net/tcp</c> read "sl local_address rem_address st … uid timeout inode", the address as hex
    /// <c>ADDR:PORT</c> and LISTEN as state <c>0A</c>.
    /// </summary>
    private static HashSet<string> ListeningSocketInodes(int port)
    {
        string portSuffix = ":" + port.ToString("X4", CultureInfo.InvariantCulture);
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (string table in (string[])["/proc/net/tcp", "/proc/net/tcp6"])
        {
            if (!File.Exists(table))
            {
                continue;
            }

            foreach (string row in File.ReadLines(table).Skip(1))
            {
                string[] fields = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length > 9 && fields[1].EndsWith(portSuffix, StringComparison.Ordinal) && fields[3] == "0A")
                {
                    inodes.Add($"socket:[{fields[9]}]");
                }
            }
        }

        return inodes;
    }
}
