using System.Diagnostics;
using System.Threading;

namespace TuyaMcu
{
    public class Program
    {
        public static void Main()
        {
            Debug.WriteLine("TuyaMcu starting");
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
